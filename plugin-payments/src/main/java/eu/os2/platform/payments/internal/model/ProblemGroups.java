package eu.os2.platform.payments.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dry run's problems, each told once: a problem many organisations share (a missing index, say)
 * is one group with the number of organisations it stops, in the order the problems first appear.
 */
public final class ProblemGroups {

    /**
     * @param problem what stops the invoices
     * @param organisations how many organisations it stops
     * @param names their names, in the order met
     */
    public record Group(String problem, int organisations, List<String> names) {
        public Group {
            names = List.copyOf(names);
        }
    }

    private ProblemGroups() {}

    /** @return the problems of the organisations not yet invoiced, one group per distinct problem */
    public static List<Group> of(List<Reports.MemberCharge> members) {
        Map<String, Set<String>> byProblem = new LinkedHashMap<>();
        for (Reports.MemberCharge m : members) {
            if (m.alreadyIssued()) {
                continue;
            }
            for (String p : m.problems()) {
                byProblem.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(m.name());
            }
        }
        List<Group> groups = new ArrayList<>();
        byProblem.forEach((p, names) -> groups.add(new Group(p, names.size(), new ArrayList<>(names))));
        return List.copyOf(groups);
    }
}
