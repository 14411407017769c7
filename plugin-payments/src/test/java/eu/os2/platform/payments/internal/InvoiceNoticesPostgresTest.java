package eu.os2.platform.payments.internal;

import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class InvoiceNoticesPostgresTest extends InvoiceNoticesContract {
    @Override
    DataSource database() throws Exception {
        shared = TestDatabases.postgres(PaymentServiceImpl.CHANGELOG);
        return shared;
    }
}
