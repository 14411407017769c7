package eu.os2.platform.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's clock. Use it instead of {@code Instant.now()} so that tests and demo scenarios
 * can set the time.
 *
 * @since 0.1.0
 */
@ProviderType
public interface PlatformClock {

    /** The zone of every calendar date in the platform. */
    ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** @return a {@link Clock} in {@link #ZONE} */
    Clock clock();

    /** @return the current instant */
    default Instant now() {
        return clock().instant();
    }

    /** @return today's date in Copenhagen */
    default LocalDate today() {
        return LocalDate.now(clock());
    }
}
