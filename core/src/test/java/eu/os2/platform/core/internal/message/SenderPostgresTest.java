package eu.os2.platform.core.internal.message;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = "jdbc:postgresql:.*")
class SenderPostgresTest extends SenderContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.postgres();
    }
}
