package eu.os2.platform.onboarding.internal.pipeline;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.Access;
import eu.os2.platform.onboarding.internal.model.GateStatus;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import eu.os2.platform.onboarding.internal.model.Limits;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** The path and its gates: the secretariat moves products step by step and records explained exceptions. */
@Component(service = Pipeline.class)
public class PipelineImpl implements Pipeline {

    private final ProductRegistry registry;
    private final OnboardingStore store;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final EventAdmin events;

    @Activate
    public PipelineImpl(
            @Reference ProductRegistry registry,
            @Reference OnboardingStore store,
            @Reference AuditLog audit,
            @Reference PlatformClock clock,
            @Reference EventAdmin events) {
        this.registry = registry;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Map<String, GateStatus> gates(long productId) {
        Product p = registry.require(productId);
        Map<String, String> exceptions = store.exceptions(productId);
        Map<String, GateStatus> result = new LinkedHashMap<>();
        for (Gates.Gate gate : Gates.Gate.values()) {
            result.put(
                    gate.name(),
                    new GateStatus(
                            Gates.missing(gate, p, registry::isPublicAuthority),
                            exceptions.get(gate.name()),
                            Gates.authorities(gate, p, registry::isPublicAuthority),
                            Gates.authoritiesNeeded(gate)));
        }
        return result;
    }

    @Override
    public Product advance(long id, long expectedVersion, PipelineStep to, PlatformUser actor) {
        Access.requireRole(actor, Role.SECRETARIAT, "the secretariat moves products along the path");
        Gates.Gate gate = to == null ? null : Gates.gateInto(to);
        Moved moved = store.inTransaction(() -> {
            Product p = registry.require(id);
            if (to == null || to.ordinal() != p.step().ordinal() + 1) {
                throw new ValidationException(Map.of("step", "not-next-step"));
            }
            String explained = null;
            if (gate != null) {
                List<String> missing = Gates.missing(gate, p, registry::isPublicAuthority);
                String exception = store.exceptions(id).get(gate.name());
                if (!missing.isEmpty() && exception == null) {
                    Map<String, String> errors = new LinkedHashMap<>();
                    missing.forEach(m -> errors.put(m, "gate-not-met"));
                    throw new ValidationException(errors);
                }
                explained = missing.isEmpty() ? null : exception;
            }
            String text = p.step() + " → " + to + (explained != null ? " (undtagelse: " + explained + ")" : "");
            store.updateProduct(
                    withStep(p, to, expectedVersion),
                    expectedVersion,
                    new HistoryEntry(clock.now(), actor.username(), "STEP", text));
            audit.appendChange(
                    actor.username(), "onboarding.product.advance", "product", Long.toString(id), p.step(), to);
            return new Moved(registry.require(id), explained);
        });
        if (gate != null) {
            // after the commit: a handler reads the product as it now is
            events.postEvent(new Event(
                    ProductService.TOPIC_GATE_PASSED,
                    Map.of(
                            EventTopics.PROPERTY_ID,
                            id,
                            EventTopics.PROPERTY_ACTOR,
                            actor.username(),
                            "step",
                            to.name(),
                            "exception",
                            moved.exception() != null)));
        }
        return moved.product();
    }

    /** A product moved on, and the explained exception it passed its gate with (null when it met it). */
    private record Moved(Product product, String exception) {}

    private static Product withStep(Product p, PipelineStep to, long version) {
        return new Product(
                p.id(),
                p.name(),
                p.purpose(),
                p.repositoryUrl(),
                p.licence(),
                p.licenceBeingClarified(),
                to,
                p.level(),
                p.owners(),
                p.supporters(),
                p.coordinator(),
                p.steeringGroup(),
                p.coordinationGroup(),
                p.suppliers(),
                p.links(),
                p.facts(),
                version);
    }

    @Override
    public void explain(long id, Gates.Gate gate, String explanation, PlatformUser actor) {
        Access.requireRole(actor, Role.SECRETARIAT, "the secretariat records exceptions");
        registry.require(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (gate == null) {
            errors.put("gate", "required");
        }
        if (explanation == null || explanation.isBlank()) {
            errors.put("explanation", "required");
        } else if (explanation.strip().length() > Limits.TEXT) {
            errors.put("explanation", "too-long");
        }
        ValidationException.throwIfAny(errors);
        String text = explanation.strip();
        store.inTransaction(() -> {
            String before = store.exceptions(id).get(gate.name());
            store.putException(
                    id,
                    gate.name(),
                    text,
                    new HistoryEntry(clock.now(), actor.username(), "EXCEPTION", gate + ": " + text));
            audit.appendChange(
                    actor.username(),
                    "onboarding.product.exception",
                    "product",
                    Long.toString(id),
                    before == null ? null : gate + ": " + before,
                    gate + ": " + text);
            return null;
        });
    }
}
