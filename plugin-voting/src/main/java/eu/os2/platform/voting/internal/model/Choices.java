package eu.os2.platform.voting.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a voter's choice into its canonical text: {@code YES}, {@code NO} or {@code ABSTAIN}; an
 * option id or {@code ABSTAIN}; for an election the chosen candidate ids sorted and comma
 * separated ({@code ""} is a blank vote). The canonical text is what is hashed and counted.
 */
public final class Choices {

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String ABSTAIN = "ABSTAIN";

    private Choices() {}

    /** @return the canonical choice, or empty when the choice is not valid on the ballot */
    public static Optional<String> canonical(BallotKind kind, List<Option> options, int seats, List<String> chosen) {
        if (chosen != null && chosen.stream().anyMatch(c -> c == null || c.length() > 64)) {
            return Optional.empty();
        }
        List<String> picks =
                chosen == null ? List.of() : chosen.stream().map(String::trim).toList();
        Set<String> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        switch (kind) {
            case YES_NO:
                return picks.size() == 1 && Set.of(YES, NO, ABSTAIN).contains(picks.get(0))
                        ? Optional.of(picks.get(0))
                        : Optional.empty();
            case SINGLE_CHOICE:
                return picks.size() == 1 && (ids.contains(picks.get(0)) || ABSTAIN.equals(picks.get(0)))
                        ? Optional.of(picks.get(0))
                        : Optional.empty();
            default:
                if (picks.size() > seats || new HashSet<>(picks).size() != picks.size() || !ids.containsAll(picks)) {
                    return Optional.empty();
                }
                List<String> sorted = new ArrayList<>(picks);
                sorted.sort(null);
                return Optional.of(String.join(",", sorted));
        }
    }

    /** @return the parts of a canonical election choice */
    public static List<String> picks(String canonical) {
        return canonical.isEmpty() ? List.of() : List.of(canonical.split(","));
    }
}
