package eu.os2.platform.pluginhost.internal;

import eu.os2.platform.api.console.ConsoleContribution;
import eu.os2.platform.api.plugin.PluginBundles;
import eu.os2.platform.api.plugin.PluginNotice;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.pluginhost.internal.gate.Gate;
import eu.os2.platform.pluginhost.internal.gate.Verdict;
import eu.os2.platform.pluginhost.internal.lifecycle.ComponentHealth;
import eu.os2.platform.pluginhost.internal.lifecycle.DeployFolder;
import eu.os2.platform.pluginhost.internal.lifecycle.JarRestore;
import eu.os2.platform.pluginhost.internal.lifecycle.LastGoodStore;
import eu.os2.platform.pluginhost.internal.lifecycle.RollbackWatcher;
import eu.os2.platform.pluginhost.internal.lifecycle.RootCause;
import eu.os2.platform.pluginhost.internal.trust.TrustCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.karaf.bundle.core.BundleService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The partner plugins of this platform as bundles: their gate verdict, state, components, last good
 * version and console pages; uploads go through the gate's checks and into {@code deploy/}.
 */
@Component(service = PartnerPlugins.class)
public class PartnerPluginsImpl implements PartnerPlugins {

    /** How long an upload, uninstall or roll-back waits for file install to apply it. */
    private static final long APPLY_MILLIS = 10_000;

    private final BundleContext context;
    private final Gate gate;
    private final LastGoodStore store;
    private final ServiceComponentRuntime runtime;
    private final DeployFolder deploy;
    private final PluginUpload upload;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile BundleService bundles;

    @Activate
    public PartnerPluginsImpl(
            BundleContext context,
            @Reference Gate gate,
            @Reference LastGoodStore store,
            @Reference ServiceComponentRuntime runtime) {
        this.context = context;
        this.gate = gate;
        this.store = store;
        this.runtime = runtime;
        this.deploy = DeployFolder.of(context);
        this.upload = new PluginUpload(context, gate, deploy, store.scratch());
    }

    @Override
    public List<PartnerPlugin> list() {
        return partners().map(this::describe).toList();
    }

    @Override
    public Optional<PartnerPlugin> find(String symbolicName) {
        return bundle(symbolicName).map(this::describe);
    }

    @Override
    public PartnerPlugin upload(String fileName, byte[] jar) {
        PluginUpload.Placed placed = upload.place(fileName, jar);
        Optional<Bundle> installed = await(() -> partners()
                .filter(b -> DeployFolder.jarOf(b).map(placed.file()::equals).orElse(false))
                .filter(b -> b.getVersion().toString().equals(placed.version()))
                .findFirst());
        return installed.map(this::describe).orElseGet(() -> placed.pending(store));
    }

    @Override
    public void start(String symbolicName) {
        Bundle bundle = require(symbolicName);
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new IllegalStateException(RootCause.of(e), e);
        }
    }

    @Override
    public void stop(String symbolicName) {
        try {
            require(symbolicName).stop();
        } catch (BundleException e) {
            throw new IllegalStateException(RootCause.of(e), e);
        }
    }

    @Override
    public void uninstall(String symbolicName) {
        Bundle bundle = require(symbolicName);
        Optional<Path> jar = DeployFolder.jarOf(bundle).filter(deploy::contains);
        try {
            if (jar.isPresent()) {
                Files.delete(jar.get());
                await(() -> bundle.getState() == Bundle.UNINSTALLED ? Optional.of(bundle) : Optional.empty());
            }
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleException e) {
            throw new IllegalStateException(RootCause.of(e), e);
        }
        store.forget(symbolicName);
    }

    @Override
    public PartnerPlugin rollBack(String symbolicName) {
        Bundle bundle = require(symbolicName);
        LastGoodStore.LastGood good = store.lastGood(symbolicName)
                .orElseThrow(() -> new IllegalStateException("no last good version of " + symbolicName));
        Optional<Path> jar = DeployFolder.jarOf(bundle);
        if (jar.isPresent() && TrustCheck.sha256(jar.get()).equals(good.sha256())) {
            throw new IllegalStateException(symbolicName + " already runs its last good version " + good.version());
        }
        String from = bundle.getVersion().toString();
        try {
            new JarRestore(deploy, store).restore(bundle, good);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleException e) {
            throw new IllegalStateException(RootCause.of(e), e);
        }
        store.recordRollBack(
                symbolicName,
                new PluginNotice(
                        RollbackWatcher.ROLLED_BACK,
                        false,
                        "Rullet tilbage fra " + from + " til " + good.version() + " af en administrator",
                        "Rolled back from " + from + " to " + good.version() + " by an administrator"),
                good.sha256());
        await(() -> bundle.getVersion().toString().equals(good.version()) ? Optional.of(bundle) : Optional.empty());
        return describe(bundle);
    }

    private PartnerPlugin describe(Bundle bundle) {
        Verdict verdict = gate.verdict(bundle);
        boolean active = bundle.getState() == Bundle.ACTIVE;
        List<String> problems = new ArrayList<>();
        ComponentHealth health = null;
        if (active) {
            health = ComponentHealth.of(runtime, bundle);
            problems.addAll(health.problems());
        } else if (bundle.getState() == Bundle.INSTALLED && !verdict.refused()) {
            problems.addAll(unresolved(bundle));
        }
        String name = bundle.getSymbolicName();
        return new PartnerPlugin(
                bundle.getBundleId(),
                name,
                PluginBundles.pluginId(bundle).orElse(""),
                header(bundle, "Bundle-Name", name),
                bundle.getVersion().toString(),
                header(bundle, "Bundle-Vendor", ""),
                verdict.coreApiRange(),
                verdict.compatible(),
                verdict.trust(),
                verdict.trustDetail(),
                State.name(bundle.getState()),
                active && health.status() == ComponentHealth.Status.GOOD && !verdict.refused(),
                gate.notices(bundle),
                List.copyOf(problems),
                store.lastGood(name).map(LastGoodStore.LastGood::version).orElse(null),
                pageRoles(bundle));
    }

    /** @return the requirements that keep a bundle from resolving, as far as Karaf can tell */
    private List<String> unresolved(Bundle bundle) {
        List<String> missing = new ArrayList<>();
        BundleService karaf = bundles;
        if (karaf != null) {
            for (BundleRequirement requirement : karaf.getUnsatisfiedRequirements(bundle, null)) {
                String filter = requirement.getDirectives().get("filter");
                missing.add("missing " + requirement.getNamespace() + (filter == null ? "" : " " + filter));
            }
        }
        return missing.isEmpty() ? List.of("not resolved") : missing;
    }

    private List<String> pageRoles(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getRegisteredServices();
        if (services == null) {
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        for (ServiceReference<?> reference : services) {
            Object classes = reference.getProperty("objectClass");
            if (!(classes instanceof String[] names)
                    || !Arrays.asList(names).contains(ConsoleContribution.class.getName())) {
                continue;
            }
            Object service = context.getService(reference);
            try {
                if (service instanceof ConsoleContribution page) {
                    Role role = page.requiredRole();
                    String id = role == null ? "signed-in" : role.id();
                    if (!roles.contains(id)) {
                        roles.add(id);
                    }
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return List.copyOf(roles);
    }

    private static String header(Bundle bundle, String name, String otherwise) {
        String value = bundle.getHeaders("").get(name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private java.util.stream.Stream<Bundle> partners() {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getState() != Bundle.UNINSTALLED)
                .filter(PluginBundles::isPartner)
                .filter(b -> b.getSymbolicName() != null);
    }

    private Optional<Bundle> bundle(String symbolicName) {
        Predicate<Bundle> named = b -> b.getSymbolicName().equals(symbolicName);
        return partners().filter(named).max(Comparator.comparing(Bundle::getVersion));
    }

    private Bundle require(String symbolicName) {
        return bundle(symbolicName).orElseThrow(() -> new NoSuchElementException("no partner plugin " + symbolicName));
    }

    private static <T> Optional<T> await(java.util.function.Supplier<Optional<T>> condition) {
        long deadline = System.currentTimeMillis() + APPLY_MILLIS;
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent() || System.currentTimeMillis() > deadline) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
        }
    }
}
