package eu.os2.platform.core.internal.cluster;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same contract on PostgreSQL; .ci/run starts a server and sets the variable. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = "jdbc:postgresql:.*")
class EventRelayPostgresTest extends EventRelayContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.postgres();
    }
}
