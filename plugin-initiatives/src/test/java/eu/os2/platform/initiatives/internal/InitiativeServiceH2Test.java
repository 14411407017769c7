package eu.os2.platform.initiatives.internal;

import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;

class InitiativeServiceH2Test extends InitiativeServiceContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabases.h2(InitiativeServiceImpl.CHANGELOG);
    }
}
