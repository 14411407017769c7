package eu.os2.platform.voting.internal.model;

import eu.os2.platform.api.voting.DecisionType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A version of the statutes' voting rules. It applies to assemblies called on or after
 * {@code validFrom}; an assembly keeps the version it was called under.
 *
 * @param id e.g. {@code "2021"}
 * @param validFrom the first call date it applies to
 * @param rules one rule per decision type
 * @param quorumPercent share of the voting members that must be present for a valid decision, 0 = no quorum
 * @param proxyLimit how many other members one representative may vote for, 0 = no proxies
 */
public record RuleSet(
        String id, LocalDate validFrom, Map<DecisionType, DecisionRule> rules, int quorumPercent, int proxyLimit) {

    /** Copies the rules. */
    public RuleSet {
        rules = Map.copyOf(rules);
        if (rules.size() != DecisionType.values().length) {
            throw new IllegalArgumentException("a rule set has one rule per decision type");
        }
        if (quorumPercent < 0 || quorumPercent > 100 || proxyLimit < 0) {
            throw new IllegalArgumentException("quorum 0-100 %, proxy limit not negative");
        }
    }

    /** @return the rule for the type */
    public DecisionRule rule(DecisionType type) {
        return rules.get(type);
    }

    /** @return the rules of procedure this rule set applies beside the statutes */
    public java.util.List<ProcedureRule> procedures() {
        return java.util.List.of(ProcedureRule.values());
    }

    /** @return whether {@code present} of {@code eligible} voting members make the quorum */
    public boolean quorumMet(long present, long eligible) {
        return quorumPercent == 0 || present * 100 >= (long) quorumPercent * eligible;
    }

    /**
     * The statutes as OS2 publishes them: simple majority of votes cast; 2/3 of those present for statutes and dissolution; no quorum; no
     * proxies; secret elections.
     */
    public static RuleSet statutes(String id, LocalDate validFrom, int quorumPercent, int proxyLimit) {
        Map<DecisionType, DecisionRule> rules = new EnumMap<>(DecisionType.class);
        rules.put(
                DecisionType.ORDINARY,
                new DecisionRule(DecisionType.ORDINARY, Majority.SIMPLE, Base.CAST, false, Statute.SIMPLE_MAJORITY));
        rules.put(
                DecisionType.MEMBERSHIP_FEE,
                new DecisionRule(
                        DecisionType.MEMBERSHIP_FEE, Majority.SIMPLE, Base.CAST, false, Statute.SIMPLE_MAJORITY));
        rules.put(
                DecisionType.STATUTE_CHANGE,
                new DecisionRule(
                        DecisionType.STATUTE_CHANGE,
                        Majority.TWO_THIRDS,
                        Base.PRESENT,
                        false,
                        Statute.QUALIFIED_MAJORITY));
        rules.put(
                DecisionType.DISSOLUTION,
                new DecisionRule(
                        DecisionType.DISSOLUTION,
                        Majority.TWO_THIRDS,
                        Base.PRESENT,
                        false,
                        Statute.QUALIFIED_MAJORITY));
        rules.put(
                DecisionType.ELECTION,
                new DecisionRule(DecisionType.ELECTION, Majority.SIMPLE, Base.CAST, true, Statute.ONE_SEAT));
        rules.put(
                DecisionType.EXCLUSION_CONFIRMATION,
                new DecisionRule(
                        DecisionType.EXCLUSION_CONFIRMATION, Majority.SIMPLE, Base.CAST, true, Statute.EXCLUSION));
        return new RuleSet(id, validFrom, rules, quorumPercent, proxyLimit);
    }
}
