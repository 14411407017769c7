package eu.os2.platform.onboarding.internal;

import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class OnboardingNoticesPostgresTest extends OnboardingNoticesContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabases.postgres(OnboardingStore.CHANGELOG);
    }
}
