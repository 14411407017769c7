package eu.os2.platform.web.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.os2.platform.web.internal.http.SecurityHeadersFilter;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import javax.servlet.Filter;
import javax.ws.rs.core.Application;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;

class PluginApplicationsTest {

    private static long nextId = 100;

    /** A started bundle with its own context, which hands out a registration for any service. */
    @SuppressWarnings("unchecked")
    private static Bundle bundle(String location, String pluginHeader) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getBundleId()).thenReturn(nextId++);
        when(bundle.getLocation()).thenReturn(location);
        when(bundle.getState()).thenReturn(Bundle.ACTIVE);
        when(bundle.getSymbolicName()).thenReturn("eu.example." + nextId);
        when(bundle.getVersion()).thenReturn(new Version(1, 0, 0));
        Dictionary<String, String> headers = new Hashtable<>();
        if (pluginHeader != null) {
            headers.put("OS2-Plugin", pluginHeader);
        }
        when(bundle.getHeaders("")).thenReturn(headers);
        BundleContext context = mock(BundleContext.class);
        when(context.registerService(eq(Application.class), any(Application.class), any()))
                .thenReturn(mock(ServiceRegistration.class));
        when(context.registerService(eq(Filter.class), any(Filter.class), any()))
                .thenReturn(mock(ServiceRegistration.class));
        when(bundle.getBundleContext()).thenReturn(context);
        return bundle;
    }

    private static PluginApplications extender(Bundle... bundles) {
        BundleContext context = mock(BundleContext.class);
        when(context.getBundles()).thenReturn(bundles);
        return new PluginApplications(context);
    }

    @SuppressWarnings("unchecked")
    private static Dictionary<String, Object> registeredProperties(Bundle bundle) {
        ArgumentCaptor<Dictionary<String, Object>> properties = ArgumentCaptor.forClass(Dictionary.class);
        verify(bundle.getBundleContext())
                .registerService(eq(Application.class), any(Application.class), properties.capture());
        return properties.getValue();
    }

    private static void assertNothingRegistered(Bundle bundle) {
        verify(bundle.getBundleContext(), never())
                .registerService(eq(Application.class), any(Application.class), any());
    }

    @Test
    void aStartedPartnerPluginGetsItsOwnApplicationWithThePlatformsExtensions() {
        Bundle hello = bundle("file:/opt/os2/deploy/hello.jar", "hello");
        extender(hello);

        Dictionary<String, Object> properties = registeredProperties(hello);
        assertThat(properties.get("osgi.jaxrs.name")).isEqualTo("os2.plugin.hello");
        assertThat(properties.get("osgi.jaxrs.application.base")).isEqualTo("/api/v1/plugins/hello");
        assertThat(properties.get("os2.platform.rest")).isEqualTo("true");

        // the platform's security headers in the context the JAX-RS whiteboard gives that application
        ArgumentCaptor<Dictionary<String, Object>> filter = ArgumentCaptor.forClass(Dictionary.class);
        verify(hello.getBundleContext())
                .registerService(eq(Filter.class), any(SecurityHeadersFilter.class), filter.capture());
        assertThat(filter.getValue().get("osgi.http.whiteboard.context.select"))
                .isEqualTo("(osgi.http.whiteboard.context.name=context.foros2.plugin.hello)");
        assertThat(filter.getValue().get("osgi.http.whiteboard.filter.pattern")).isEqualTo("/*");
    }

    @Test
    void thePlatformsOwnSecurityHeadersLeaveThePartnersContextsAlone() throws Exception {
        org.osgi.framework.Filter platform =
                org.osgi.framework.FrameworkUtil.createFilter(SecurityHeadersFilter.PLATFORM_CONTEXTS);
        assertThat(platform.matches(Map.of("osgi.http.whiteboard.context.name", "default")))
                .isTrue();
        assertThat(platform.matches(Map.of("osgi.http.whiteboard.context.name", "context.foros2.platform")))
                .isTrue();
        assertThat(platform.matches(Map.of("osgi.http.whiteboard.context.name", "context.foros2.plugin.hello")))
                .isFalse();
    }

    @Test
    void platformBundlesAndBundlesWithoutAWellFormedIdGetNone() {
        Bundle platform = bundle("mvn:eu.os2.platform/plugin-voting/0.1.0", "voting");
        Bundle malformed = bundle("file:/opt/os2/deploy/bad.jar", "Bad Id!");
        Bundle library = bundle("mvn:org.example/library/1.0", null);
        extender(platform, malformed, library);

        assertNothingRegistered(platform);
        assertNothingRegistered(malformed);
        assertNothingRegistered(library);
    }

    @Test
    void aSecondBundleWithTheSameIdWaitsUntilTheFirstStops() {
        Bundle first = bundle("file:/opt/os2/deploy/meetings.jar", "meetings");
        Bundle second = bundle("file:/opt/os2/deploy/meetings-copy.jar", "meetings");
        ServiceRegistration<?> firstRegistration = mock(ServiceRegistration.class);
        ServiceRegistration<?> firstFilter = mock(ServiceRegistration.class);
        when(first.getBundleContext().registerService(eq(Application.class), any(Application.class), any()))
                .thenReturn((ServiceRegistration) firstRegistration);
        when(first.getBundleContext().registerService(eq(Filter.class), any(Filter.class), any()))
                .thenReturn((ServiceRegistration) firstFilter);
        BundleContext context = mock(BundleContext.class);
        when(context.getBundles()).thenReturn(new Bundle[] {first, second});
        new PluginApplications(context);

        registeredProperties(first);
        assertNothingRegistered(second);

        // the first one stops: its application goes, the second bundle's comes
        ArgumentCaptor<BundleListener> listener = ArgumentCaptor.forClass(BundleListener.class);
        verify(context).addBundleListener(listener.capture());
        when(first.getState()).thenReturn(Bundle.STOPPING);
        listener.getValue().bundleChanged(new BundleEvent(BundleEvent.STOPPING, first));
        verify(firstRegistration).unregister();
        verify(firstFilter).unregister();
        assertThat(registeredProperties(second).get("osgi.jaxrs.name")).isEqualTo("os2.plugin.meetings");
    }

    @Test
    void stoppingTheExtenderTakesTheApplicationsAway() {
        Bundle hello = bundle("file:/opt/os2/deploy/hello.jar", "hello");
        ServiceRegistration<?> registration = mock(ServiceRegistration.class);
        when(hello.getBundleContext().registerService(eq(Application.class), any(Application.class), any()))
                .thenReturn((ServiceRegistration) registration);
        PluginApplications extender = extender(hello);

        extender.deactivate();
        verify(registration).unregister();
    }
}
