package eu.os2.platform.api.calendar;

import eu.os2.platform.api.user.PlatformUser;
import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal calendar feeds: each person may have one secret address that a calendar subscribes to.
 * The platform keeps only a hash of its token; renewing it makes the old address stop working.
 *
 * @since 0.1.0
 */
@ProviderType
public interface CalendarFeeds {

    /**
     * @param token the secret part of a feed's address
     * @return the feed of every {@link CalendarSource} for the token's owner, in their language;
     *     empty for an unknown or renewed token or a deactivated account
     */
    Optional<String> feed(String token);

    /**
     * Makes a new token for the user; an earlier one stops working. Audited.
     *
     * @return the token, shown once
     */
    String renew(PlatformUser user);

    /** @return when the user's current token was made, empty if they have none */
    Optional<Instant> created(long userId);

    /** Removes the user's token: the address stops working. Audited. */
    void revoke(PlatformUser user);
}
