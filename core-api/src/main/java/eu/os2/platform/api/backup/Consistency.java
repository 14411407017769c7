package eu.os2.platform.api.backup;

import java.util.Map;

/**
 * What a database holds, in a form two copies can be compared by: the audit chain (intact or not,
 * how long, the hash of its newest entry) and the number of rows of each of the platform's tables.
 *
 * @param auditIntact whether re-computing the audit chain found every entry unchanged
 * @param auditEntries how many entries the chain holds
 * @param auditHead the hash of the newest entry, or {@code null} when there is none
 * @param rows the rows per table (lower-case names), of the platform's own schema
 * @since 0.1.0
 */
public record Consistency(boolean auditIntact, long auditEntries, String auditHead, Map<String, Long> rows) {}
