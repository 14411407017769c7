package eu.os2.platform.payments.internal;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;

/** The service on a prepared database, for the benchmark (which lives in another package). */
public final class BenchAccess {

    private BenchAccess() {}

    /** @return the plugin's default configuration */
    public static PaymentsConfig config() {
        return new TestConfig();
    }

    public static Payments service(DataSource db, MemberService members) {
        return new Payments(
                db,
                members,
                new RecordingAuditLog(),
                TestDatabases.clockAt("2026-01-15T09:00:00Z"),
                new RecordingEventAdmin(),
                new TestConfig(),
                invoice -> 0);
    }
}
