package eu.os2.platform.onboarding.internal;

import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import eu.os2.platform.testing.TestDatabases;
import javax.sql.DataSource;

class OnboardingNoticesH2Test extends OnboardingNoticesContract {
    @Override
    DataSource database() throws Exception {
        return TestDatabases.h2(OnboardingStore.CHANGELOG);
    }
}
