package eu.os2.platform.core.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Hashtable;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

class StartUpRepairTest {

    @Test
    void aPlatformBundleMarkedToRunThatTheStartUpLeftResolvedIsStartedAgain() throws Exception {
        Bundle hostLeftBehind = bundle(11, "eu.os2.platform.plugin-host", Bundle.RESOLVED, true, 80, Headers.NONE);
        Bundle running = bundle(12, "eu.os2.platform.core", Bundle.ACTIVE, true, 80, Headers.NONE);
        Bundle stoppedByAnAdmin = bundle(13, "eu.os2.platform.onboarding", Bundle.RESOLVED, false, 80, Headers.NONE);
        Bundle laterLevel = bundle(14, "eu.os2.platform.voting", Bundle.INSTALLED, true, 120, Headers.NONE);
        Bundle fragment = bundle(15, "eu.os2.platform.fragment", Bundle.RESOLVED, true, 80, Headers.FRAGMENT);
        Bundle partner = bundle(16, "dk.ballerup.meetings", Bundle.INSTALLED, true, 80, Headers.PARTNER);
        Bundle library = bundle(17, "org.ops4j.pax.jdbc.pool.dbcp2", Bundle.RESOLVED, true, 80, Headers.NONE);
        BundleContext context =
                context(hostLeftBehind, running, stoppedByAnAdmin, laterLevel, fragment, partner, library);

        assertThat(StartUpRepair.repair(context, 0)).containsExactly("eu.os2.platform.plugin-host 0.1.0: started");

        verify(hostLeftBehind).start();
        for (Bundle other : new Bundle[] {running, stoppedByAnAdmin, laterLevel, fragment, partner, library}) {
            verify(other, never()).start();
        }
    }

    @Test
    void aBundleThatStillDoesNotStartIsReportedAndTheOthersAreStarted() throws Exception {
        Bundle broken = bundle(11, "eu.os2.platform.payments", Bundle.INSTALLED, true, 80, Headers.NONE);
        doThrow(new BundleException("Unable to resolve: missing requirement"))
                .when(broken)
                .start();
        Bundle host = bundle(12, "eu.os2.platform.plugin-host", Bundle.RESOLVED, true, 80, Headers.NONE);

        assertThat(StartUpRepair.repair(context(broken, host), 0))
                .containsExactly(
                        "eu.os2.platform.payments 0.1.0: Unable to resolve: missing requirement",
                        "eu.os2.platform.plugin-host 0.1.0: started");
        verify(host).start();
    }

    @Test
    void nothingIsStartedWhileTheFrameworkItselfStartsOrStops() throws Exception {
        for (int state : new int[] {Bundle.STARTING, Bundle.STOPPING}) {
            Bundle notYetStarted = bundle(11, "eu.os2.platform.voting", Bundle.RESOLVED, true, 80, Headers.NONE);
            BundleContext context = context(notYetStarted);
            when(context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState()).thenReturn(state);

            assertThat(StartUpRepair.repair(context, 0)).isEmpty();
            verify(notYetStarted, never()).start();
        }
    }

    @Test
    void aBundleRunningAgainByTheSecondLookIsLeftAlone() throws Exception {
        // stopped for a moment by Karaf's features service (a refresh), running again a moment later
        Bundle refreshed = bundle(11, "eu.os2.platform.voting", Bundle.RESOLVED, true, 80, Headers.NONE);
        when(refreshed.getState()).thenReturn(Bundle.RESOLVED, Bundle.ACTIVE);

        assertThat(StartUpRepair.repair(context(refreshed), 0)).isEmpty();
        verify(refreshed, never()).start();
    }

    /** Manifest headers a test bundle has beside its name. */
    private enum Headers {
        NONE,
        FRAGMENT,
        PARTNER;

        Hashtable<String, String> headers() {
            Hashtable<String, String> headers = new Hashtable<>();
            if (this == FRAGMENT) {
                headers.put(Constants.FRAGMENT_HOST, "org.example.host");
            }
            if (this == PARTNER) {
                headers.put("OS2-Plugin", "meetings");
            }
            return headers;
        }
    }

    private static Bundle bundle(long id, String name, int state, boolean marked, int level, Headers headers) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getBundleId()).thenReturn(id);
        when(bundle.getSymbolicName()).thenReturn(name);
        when(bundle.getVersion()).thenReturn(new Version(0, 1, 0));
        when(bundle.getState()).thenReturn(state);
        when(bundle.getLocation())
                .thenReturn(
                        name.startsWith("eu.os2.platform.")
                                ? "mvn:eu.os2.platform/" + name + "/0.1.0"
                                : "mvn:org.example/" + name + "/0.1.0");
        when(bundle.getHeaders()).thenReturn(headers.headers());
        when(bundle.getHeaders("")).thenReturn(headers.headers());
        BundleStartLevel startLevel = mock(BundleStartLevel.class);
        when(startLevel.isPersistentlyStarted()).thenReturn(marked);
        when(startLevel.getStartLevel()).thenReturn(level);
        when(bundle.adapt(BundleStartLevel.class)).thenReturn(startLevel);
        return bundle;
    }

    private static BundleContext context(Bundle... bundles) {
        Bundle system = mock(Bundle.class);
        when(system.getState()).thenReturn(Bundle.ACTIVE);
        FrameworkStartLevel level = mock(FrameworkStartLevel.class);
        when(level.getStartLevel()).thenReturn(100);
        when(system.adapt(FrameworkStartLevel.class)).thenReturn(level);
        BundleContext context = mock(BundleContext.class);
        when(context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)).thenReturn(system);
        when(context.getBundles()).thenReturn(bundles);
        return context;
    }
}
