package eu.os2.platform.voting.internal;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import eu.os2.platform.testing.TestDatabases;
import eu.os2.platform.voting.internal.model.RuleSets;
import javax.sql.DataSource;

/** The service on a prepared database, for the benchmark (which lives in another package). */
public final class BenchAccess {

    private BenchAccess() {}

    public static VotingFixture service(DataSource db, MemberService members) {
        return new VotingFixture(
                db,
                members,
                null,
                new RecordingAuditLog(),
                TestDatabases.clockAt("2026-04-23T11:30:00Z"),
                new RecordingEventAdmin(),
                RuleSets.configured("", 0, 0));
    }
}
