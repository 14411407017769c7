package eu.os2.platform.core.internal.session;

import eu.os2.platform.api.time.PlatformClock;
import java.time.Duration;
import javax.sql.DataSource;

/** A session store with the default settings, for tests outside this package. */
public final class SessionStoreAccess {

    private SessionStoreAccess() {}

    public static SessionStore store(DataSource dataSource, PlatformClock clock) {
        return new SessionStore(dataSource, clock, Duration.ofMinutes(30), Duration.ofHours(10), 5);
    }
}
