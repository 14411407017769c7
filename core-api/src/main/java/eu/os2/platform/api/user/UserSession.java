package eu.os2.platform.api.user;

import java.time.Instant;

/**
 * A signed-in session, kept in the platform's database so that every node sharing it accepts it
 * and a restart keeps it.
 *
 * @param id the secret session id (the cookie's value); the database keeps only its hash
 * @param user the session's user as it is now
 * @param csrfToken the token a state-changing request must send
 * @param created when the session began (its absolute lifetime counts from here)
 * @param lastSeen its last use (its idle timeout counts from here)
 * @since 0.2.0
 */
public record UserSession(String id, PlatformUser user, String csrfToken, Instant created, Instant lastSeen) {}
