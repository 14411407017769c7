package eu.os2.platform.core.internal.audit;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.audit.AuditVerification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash chain over audit entries: pure computation, no storage. */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /**
     * The hash of an entry: SHA-256 over the previous hash and every field, each field
     * length-prefixed so that moving text from one field to the next changes the hash.
     */
    public static String hash(
            String previousHash,
            long sequence,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String before,
            String after) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {
            previousHash, Long.toString(sequence), at.toString(), actor, action, entityType, entityId, before, after
        }) {
            if (field == null) {
                text.append("-1:");
            } else {
                text.append(field.length()).append(':').append(field);
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** @return a new entry linked to {@code previous} (or the first entry when it is null) */
    public static AuditEntry next(
            AuditEntry previous,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String before,
            String after) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        return new AuditEntry(
                sequence,
                at,
                actor,
                action,
                entityType,
                entityId,
                before,
                after,
                previousHash,
                hash(previousHash, sequence, at, actor, action, entityType, entityId, before, after));
    }

    /** @return a verifier that is fed the entries in sequence order */
    public static Verifier verifier() {
        return new Verifier();
    }

    /** Checks entries one by one, in order, keeping only the last. */
    public static final class Verifier {
        private String expectedPrevious = GENESIS;
        private long expectedSequence = 1;
        private long checked;
        private Long brokenAt;
        private String reason;

        /** Feeds the next entry; after the first break the rest are only counted. */
        public void accept(AuditEntry entry) {
            checked++;
            if (brokenAt != null) {
                return;
            }
            if (entry.sequence() != expectedSequence) {
                fail(
                        entry,
                        "expected sequence " + expectedSequence + " but found " + entry.sequence()
                                + " (entry missing)");
            } else if (!entry.previousHash().equals(expectedPrevious)) {
                fail(entry, "previous hash does not match the hash of entry " + (entry.sequence() - 1));
            } else if (!entry.hash()
                    .equals(hash(
                            entry.previousHash(),
                            entry.sequence(),
                            entry.at(),
                            entry.actor(),
                            entry.action(),
                            entry.entityType(),
                            entry.entityId(),
                            entry.before(),
                            entry.after()))) {
                fail(entry, "content does not match its hash (entry changed)");
            }
            expectedPrevious = entry.hash();
            expectedSequence = entry.sequence() + 1;
        }

        private void fail(AuditEntry entry, String why) {
            brokenAt = entry.sequence();
            reason = why;
        }

        /** @return the verdict over everything fed so far */
        public AuditVerification result() {
            return new AuditVerification(brokenAt == null, checked, brokenAt, reason);
        }
    }
}
