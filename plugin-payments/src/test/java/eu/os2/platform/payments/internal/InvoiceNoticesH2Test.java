package eu.os2.platform.payments.internal;

import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;

class InvoiceNoticesH2Test extends InvoiceNoticesContract {
    @Override
    DataSource database() throws Exception {
        shared = TestDatabases.h2(PaymentServiceImpl.CHANGELOG);
        return shared;
    }
}
