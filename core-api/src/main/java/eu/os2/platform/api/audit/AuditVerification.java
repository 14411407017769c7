package eu.os2.platform.api.audit;

/**
 * The result of checking the audit chain.
 *
 * @param valid whether every entry's hash matches its content and its predecessor
 * @param entriesChecked how many entries were read
 * @param firstBrokenSequence the first entry that does not match, or {@code null} when valid
 * @param reason why it does not match, or {@code null} when valid
 * @since 0.1.0
 */
public record AuditVerification(boolean valid, long entriesChecked, Long firstBrokenSequence, String reason) {}
