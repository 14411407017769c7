package eu.os2.platform.core.internal.message;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class OutboxH2Test extends OutboxContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
