package eu.os2.platform.initiatives.internal.shell;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.InitiativeStatus;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the commands print the same way. */
final class Shell {

    private Shell() {}

    /** @return the initiative, or empty after saying that there is none */
    static Optional<Initiative> find(InitiativeService initiatives, long id) {
        Optional<Initiative> found = initiatives.get(id);
        if (found.isEmpty()) {
            System.out.println("No initiative " + id + ".");
        }
        return found;
    }

    /** @return e.g. {@code in-progress (GREEN)} */
    static String light(InitiativeService initiatives, String status) {
        return initiatives.statuses().stream()
                .filter(s -> s.id().equals(status))
                .findFirst()
                .map(s -> s.id() + " (" + s.light() + ")")
                .orElse(status + " (not configured)");
    }

    static long doneCount(InitiativeService initiatives, Initiative initiative) {
        return initiative.milestones().stream()
                .filter(m -> initiatives.statuses().stream().anyMatch(s -> s.id().equals(m.status()) && s.done()))
                .count();
    }

    static String statusIds(InitiativeService initiatives) {
        return initiatives.statuses().stream().map(InitiativeStatus::id).collect(Collectors.joining(", "));
    }
}
