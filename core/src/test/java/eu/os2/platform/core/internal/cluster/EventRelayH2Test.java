package eu.os2.platform.core.internal.cluster;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class EventRelayH2Test extends EventRelayContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
