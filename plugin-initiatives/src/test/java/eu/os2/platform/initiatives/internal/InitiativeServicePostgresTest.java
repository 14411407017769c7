package eu.os2.platform.initiatives.internal;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+")
class InitiativeServicePostgresTest extends InitiativeServiceContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabase.postgres();
    }
}
