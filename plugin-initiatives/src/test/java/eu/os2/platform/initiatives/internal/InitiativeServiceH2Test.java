package eu.os2.platform.initiatives.internal;

import javax.sql.DataSource;

class InitiativeServiceH2Test extends InitiativeServiceContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabase.h2();
    }
}
