package eu.os2.platform.voting.internal.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Receipts and the hash chain. A receipt is SHA-256 of the canonical ballot
 * ({@code os2-ballot|<ballot>|<choice>|<nonce>}) with a random nonce: the voter, who gets the
 * nonce, can recompute it and find it on the public bulletin board; nobody can guess a choice from
 * it. Every accepted or replaced ballot is appended to a chain where each entry's hash covers the
 * previous one, so an edited or deleted row breaks the chain.
 */
public final class Receipts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Receipts() {}

    /** @return 16 random bytes as hex */
    public static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /** @return the receipt of a canonical ballot */
    public static String receipt(long ballotId, String choice, String nonce) {
        return sha256("os2-ballot|" + ballotId + "|" + choice + "|" + nonce);
    }

    /** @return the chain hash of an entry after {@code previous} */
    public static String chain(
            String previous, long seq, long ballotId, String action, String receipt, String replaces, String choice) {
        return sha256(previous + "|" + seq + "|" + ballotId + "|" + action + "|" + receipt + "|"
                + (replaces == null ? "" : replaces) + "|" + choice);
    }

    /** @return the hash of a secret ballot's change token (the server keeps only this) */
    public static String tokenHash(String token) {
        return sha256("os2-token|" + token);
    }

    /** The first entry's previous hash. */
    public static final String GENESIS = "0".repeat(64);

    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
