package eu.os2.platform.core.internal.storage;

import eu.os2.platform.api.plugin.PluginBundles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps the platform's own DataSource ({@code dataSourceName=os2}, published by pax-jdbc-config)
 * out of partner plugins' sight: a partner looking it up, or waiting for it, finds nothing. A
 * partner plugin reaches the database only through the {@code PlatformStorage} it is given, in its
 * own schema under its own login.
 */
@Component(service = {FindHook.class, EventListenerHook.class})
public class PlatformDataSourceHiding implements FindHook, EventListenerHook {

    /** The property pax-jdbc-config publishes the DataSource's name in. */
    static final String NAME_PROPERTY = "dataSourceName";

    /** The name of the platform's DataSource. */
    static final String PLATFORM_NAME = "os2";

    @Override
    public void find(
            BundleContext context,
            String name,
            String filter,
            boolean allServices,
            Collection<ServiceReference<?>> references) {
        // the reference test first: it is cheap, and a find hook sees every lookup in the framework
        if (references.stream().anyMatch(PlatformDataSourceHiding::isPlatformDataSource)
                && PluginBundles.isPartner(context.getBundle())) {
            references.removeIf(PlatformDataSourceHiding::isPlatformDataSource);
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        if (isPlatformDataSource(event.getServiceReference())) {
            listeners.keySet().removeIf(context -> PluginBundles.isPartner(context.getBundle()));
        }
    }

    static boolean isPlatformDataSource(ServiceReference<?> reference) {
        Object classes = reference.getProperty("objectClass");
        return PLATFORM_NAME.equals(reference.getProperty(NAME_PROPERTY))
                && classes instanceof String[] names
                && List.of(names).stream().anyMatch(n -> n.startsWith("javax.sql."));
    }
}
