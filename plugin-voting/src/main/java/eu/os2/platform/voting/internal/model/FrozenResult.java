package eu.os2.platform.voting.internal.model;

/**
 * What every read after a ballot's close uses, as the close stored it: the result, the rule applied
 * and the chain head. The organisations present and eligible at the close are stored beside it for
 * the record ({@link CloseSnapshot}); no read needs them again, so none reads them.
 *
 * @param ballotId the ballot
 * @param result the counted result
 * @param rule the rule applied
 * @param chainHead the hash of the ballot's last log entry at the close; null for a ballot closed before
 *     snapshots were kept
 * @param chainEntries the log entries at the close
 */
public record FrozenResult(long ballotId, Tally.Result result, String rule, String chainHead, int chainEntries) {}
