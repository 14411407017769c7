package eu.os2.platform.api.user;

import java.time.Instant;

/**
 * A one-time invitation to set a password (or link a sign-on) for an account. The token is shown
 * once, when the invitation is made; the platform keeps only its hash.
 *
 * @param account the invited account
 * @param token the secret for the invitation link
 * @param expires when the link stops working
 * @since 0.2.0
 */
public record Invitation(UserAccount account, String token, Instant expires) {}
