package eu.os2.platform.initiatives.internal;

import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class InitiativeServicePostgresTest extends InitiativeServiceContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabases.postgres(InitiativeServiceImpl.CHANGELOG);
    }
}
