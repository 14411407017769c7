package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;

/** The platform's own DataSource service is out of partner plugins' sight, and only that one. */
class PlatformDataSourceHidingTest {

    private final PlatformDataSourceHiding hiding = new PlatformDataSourceHiding();
    private final BundleContext partner = TestBundles.context(TestBundles.partner(90, "meetings"));
    private final BundleContext platform = TestBundles.context(TestBundles.platform(12));

    private static ServiceReference<?> service(String name, String... classes) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("objectClass", classes);
        if (name != null) {
            properties.put("dataSourceName", name);
        }
        return (ServiceReference<?>) Proxy.newProxyInstance(
                PlatformDataSourceHidingTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get(args[0]);
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "service " + properties.get("dataSourceName");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private final ServiceReference<?> platformDataSource = service("os2", "javax.sql.DataSource");
    private final ServiceReference<?> partnersOwn = service("meetings-archive", "javax.sql.DataSource");
    private final ServiceReference<?> storage = service(null, "eu.os2.platform.api.storage.PlatformStorage");

    @Test
    void aPartnerDoesNotFindThePlatformsDataSource() {
        Collection<ServiceReference<?>> found = new ArrayList<>(List.of(platformDataSource, partnersOwn, storage));
        hiding.find(partner, "javax.sql.DataSource", null, false, found);
        assertThat(found).containsExactly(partnersOwn, storage);

        Collection<ServiceReference<?>> forPlatform = new ArrayList<>(List.of(platformDataSource, storage));
        hiding.find(platform, "javax.sql.DataSource", null, false, forPlatform);
        assertThat(forPlatform).containsExactly(platformDataSource, storage);
    }

    @Test
    void aPartnerIsNotToldWhenThePlatformsDataSourceComesOrGoes() {
        Map<BundleContext, Collection<ListenerInfo>> listeners = new HashMap<>();
        listeners.put(partner, List.of());
        listeners.put(platform, List.of());
        hiding.event(new ServiceEvent(ServiceEvent.REGISTERED, platformDataSource), listeners);
        assertThat(listeners).containsOnlyKeys(platform);

        Map<BundleContext, Collection<ListenerInfo>> others = new HashMap<>();
        others.put(partner, List.of());
        hiding.event(new ServiceEvent(ServiceEvent.REGISTERED, partnersOwn), others);
        assertThat(others).containsOnlyKeys(partner);
    }
}
