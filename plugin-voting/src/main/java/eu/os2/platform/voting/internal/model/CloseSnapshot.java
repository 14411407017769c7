package eu.os2.platform.voting.internal.model;

import java.util.Set;

/**
 * What a ballot's close decided on, stored with it: every later read (result, board, verification,
 * decision, minutes) uses this, so later check-ins, check-outs or new members change nothing.
 *
 * @param ballotId the ballot
 * @param present the voting members present at the close
 * @param eligible the members with a vote at the close
 * @param result the counted result (its present and eligible are the sizes of the two sets)
 * @param rule the rule applied, e.g. {@code vedtaegter ORDINARY SIMPLE of CAST, quorum 0 %}
 * @param chainHead the hash of the ballot's last log entry at the close ({@link Receipts#GENESIS} when none)
 * @param chainEntries the log entries at the close
 */
public record CloseSnapshot(
        long ballotId,
        Set<Long> present,
        Set<Long> eligible,
        Tally.Result result,
        String rule,
        String chainHead,
        int chainEntries) {

    /** Copies the sets. */
    public CloseSnapshot {
        present = Set.copyOf(present);
        eligible = Set.copyOf(eligible);
    }

    /** @return the rule applied, as stored */
    public static String rule(RuleSet rules, DecisionRule rule) {
        return rules.id() + " " + rule.type() + " " + rule.majority() + " of " + rule.base() + ", quorum "
                + rules.quorumPercent() + " %";
    }
}
