package eu.os2.platform.core.internal.user;

import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.core.internal.audit.AuditLogImpl;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/** A user service with cheap hashing and no directory, for tests outside this package. */
public final class UserServiceAccess {

    private UserServiceAccess() {}

    public static UserServiceImpl users(DataSource dataSource, AuditLogImpl audit, PlatformClock clock) {
        return users(dataSource, audit, clock, eu.os2.platform.testing.RecordingOutbox.inTransactionsOf(dataSource));
    }

    /** A user service whose invitations are written to this outbox. */
    public static UserServiceImpl users(
            DataSource dataSource, AuditLogImpl audit, PlatformClock clock, eu.os2.platform.api.message.Outbox outbox) {
        return new UserServiceImpl(
                dataSource,
                audit,
                clock,
                new PasswordHasher(256, 1),
                new PasswordPolicy(),
                id -> Optional.empty(),
                Duration.ofHours(72),
                outbox);
    }
}
