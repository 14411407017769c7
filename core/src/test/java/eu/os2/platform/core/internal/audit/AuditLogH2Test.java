package eu.os2.platform.core.internal.audit;

import eu.os2.platform.core.internal.TestDatabase;
import javax.sql.DataSource;

class AuditLogH2Test extends AuditLogContract {
    @Override
    DataSource newDatabase() throws Exception {
        return TestDatabase.create();
    }
}
