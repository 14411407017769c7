package eu.os2.platform.core.internal.message;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class SenderH2Test extends SenderContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
