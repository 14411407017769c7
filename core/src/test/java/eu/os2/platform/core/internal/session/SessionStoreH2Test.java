package eu.os2.platform.core.internal.session;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class SessionStoreH2Test extends SessionStoreContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
