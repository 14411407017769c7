package eu.os2.platform.voting.internal.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The rule-set versions: the statutes' own, and any later local version from configuration. */
public final class RuleSets {

    /** The statutes' rules (no quorum, no proxies), for every assembly called since the association began. */
    public static final RuleSet STATUTES = RuleSet.statutes("vedtaegter", LocalDate.of(2012, 1, 1), 0, 0);

    private final List<RuleSet> versions;

    /** @param versions the versions; each applies from its valid-from date until the next */
    public RuleSets(List<RuleSet> versions) {
        List<RuleSet> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(RuleSet::validFrom));
        this.versions = List.copyOf(sorted);
    }

    /** @return the statutes plus, when {@code localValidFrom} is set, a local version with the configured quorum and proxies */
    public static RuleSets configured(String localValidFrom, int quorumPercent, int proxyLimit) {
        List<RuleSet> all = new ArrayList<>(List.of(STATUTES));
        if (localValidFrom != null && !localValidFrom.isBlank()) {
            LocalDate from = LocalDate.parse(localValidFrom.trim());
            all.add(RuleSet.statutes("lokal-" + from, from, quorumPercent, proxyLimit));
        }
        return new RuleSets(all);
    }

    /** @return the version for an assembly called on the date: the latest that is valid from that date or before */
    public RuleSet forCall(LocalDate calledOn) {
        RuleSet found = null;
        for (RuleSet v : versions) {
            if (!v.validFrom().isAfter(calledOn)) {
                found = v;
            }
        }
        return Optional.ofNullable(found).orElse(versions.get(0));
    }

    /** @return the version with the id */
    public RuleSet byId(String id) {
        return versions.stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no rule set " + id));
    }

    /** @return every version, oldest first */
    public List<RuleSet> all() {
        return versions;
    }
}
