package eu.os2.platform.voting.internal;

import eu.os2.platform.testing.TestDatabases;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class VotingNoticesPostgresTest extends VotingNoticesContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabases.postgres(VotingDatabase.CHANGELOG);
    }
}
