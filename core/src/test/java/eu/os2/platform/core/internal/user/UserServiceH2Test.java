package eu.os2.platform.core.internal.user;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class UserServiceH2Test extends UserServiceContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
