package eu.os2.platform.onboarding.internal.registry;

import static eu.os2.platform.onboarding.internal.Inputs.ids;
import static eu.os2.platform.onboarding.internal.Inputs.strings;
import static eu.os2.platform.onboarding.internal.Inputs.trim;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.Access;
import eu.os2.platform.onboarding.internal.ProductChange;
import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The registry: the plugin's implementation of the published {@link ProductService}, registering and editing products. */
@Component(service = {ProductService.class, ProductRegistry.class})
public class ProductRegistryImpl implements ProductRegistry {

    private final OnboardingStore store;
    private final MemberService members;
    private final AuditLog audit;
    private final PlatformClock clock;

    @Activate
    public ProductRegistryImpl(
            @Reference OnboardingStore store,
            @Reference MemberService members,
            @Reference AuditLog audit,
            @Reference PlatformClock clock) {
        this.store = store;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Product> products() {
        return store.products();
    }

    @Override
    public Optional<Product> product(long id) {
        return store.product(id);
    }

    @Override
    public Optional<Product> byName(String name) {
        return store.byName(name);
    }

    @Override
    public Product require(long id) {
        return store.product(id).orElseThrow(() -> new NoSuchElementException("no product " + id));
    }

    @Override
    public Map<Long, String> organisationNames(Product p) {
        Map<Long, String> names = new TreeMap<>();
        for (long id : Stream.concat(p.owners().stream(), p.supporters().stream())
                .distinct()
                .toList()) {
            members.get(id).ifPresent(o -> names.put(id, o.name()));
        }
        return names;
    }

    @Override
    public boolean isPublicAuthority(long organisationId) {
        return members.get(organisationId)
                .map(o -> o.kind().isPublicAuthority())
                .orElse(false);
    }

    @Override
    public Product register(ProductChange c, PlatformUser actor) {
        ProductChecks.mayRegister(c, actor);
        ValidationException.throwIfAny(ProductChecks.errors(c, this::known));
        return store.inTransaction(() -> {
            long id;
            try {
                id = store.insertProduct(
                        product(0, c, PipelineStep.IDEA, ProductLevel.SANDBOX, 1),
                        new HistoryEntry(clock.now(), actor.username(), "STEP", "Registreret som idé"));
            } catch (DuplicateKeyException e) {
                throw duplicateName();
            }
            Product created = require(id);
            audit.appendChange(
                    actor.username(), "onboarding.product.create", "product", Long.toString(id), null, created);
            return created;
        });
    }

    @Override
    public Product update(long id, long expectedVersion, ProductChange c, PlatformUser actor) {
        Product before = require(id);
        Access.requireSecretariatOrCoordinator(before, actor);
        ValidationException.throwIfAny(ProductChecks.errors(c, this::known));
        ProductChecks.mayChangeOwnership(before, c, actor);
        return store.inTransaction(() -> {
            try {
                store.updateProduct(
                        product(id, c, before.step(), before.level(), expectedVersion), expectedVersion, null);
            } catch (DuplicateKeyException e) {
                throw duplicateName();
            }
            Product after = require(id);
            audit.appendChange(
                    actor.username(), "onboarding.product.update", "product", Long.toString(id), before, after);
            if (ProductChecks.ownershipChanged(before, after)) {
                // who owns and supports a product decides its gates: findable on its own in the log
                audit.appendChange(
                        actor.username(),
                        "onboarding.product.ownership",
                        "product",
                        Long.toString(id),
                        Map.of("owners", before.owners(), "supporters", before.supporters()),
                        Map.of("owners", after.owners(), "supporters", after.supporters()));
            }
            return after;
        });
    }

    @Override
    public List<HistoryEntry> history(long productId) {
        require(productId);
        return store.history(productId);
    }

    private static ValidationException duplicateName() {
        return new ValidationException(Map.of("name", "duplicate"));
    }

    private static Product product(long id, ProductChange c, PipelineStep step, ProductLevel level, long version) {
        return new Product(
                id,
                c.name().strip(),
                trim(c.purpose()),
                trim(c.repositoryUrl()),
                trim(c.licence()),
                c.licenceBeingClarified(),
                step,
                level,
                ids(c.owners()),
                ids(c.supporters()),
                trim(c.coordinator()),
                strings(c.steeringGroup()),
                strings(c.coordinationGroup()),
                strings(c.suppliers()),
                strings(c.links()),
                strings(c.facts()),
                version);
    }

    private boolean known(long organisationId) {
        return members.get(organisationId).isPresent();
    }
}
