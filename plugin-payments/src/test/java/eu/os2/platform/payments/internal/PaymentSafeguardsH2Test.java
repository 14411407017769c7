package eu.os2.platform.payments.internal;

import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;

class PaymentSafeguardsH2Test extends PaymentSafeguardsContract {
    @Override
    DataSource database() throws Exception {
        shared = TestDatabases.h2(PaymentServiceImpl.CHANGELOG);
        return shared;
    }
}
