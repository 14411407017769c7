package eu.os2.platform.payments.internal.tariff;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.payment.PaymentService;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffState;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.payments.internal.model.PaymentRules;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.store.TariffStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Tariffs: checks every change, writes the audit log and publishes {@link PaymentService#TOPIC_TARIFF_CHANGED}. */
@Component(service = TariffService.class)
public class TariffServiceImpl implements TariffService {

    private final PaymentTables tables;
    private final TariffStore store;
    private final AuditLog audit;
    private final EventAdmin events;

    /**
     * The product registry (the onboarding plugin) when it is there: a tariff then prices registered
     * products only. Without one, any product name goes.
     */
    private volatile ProductService registry;

    /**
     * General assemblies (the voting plugin) when they are there: a tariff adopted with a
     * {@code decision:<ballot id>} reference then needs that decision to exist, to be about the
     * membership fee and to have passed.
     */
    private volatile VotingService voting;

    @Activate
    public TariffServiceImpl(@Reference PaymentTables tables, @Reference AuditLog audit, @Reference EventAdmin events) {
        this.tables = tables;
        this.store = tables.tariffs();
        this.audit = audit;
        this.events = events;
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unsetRegistry")
    public void setRegistry(ProductService registry) {
        this.registry = registry;
    }

    public void unsetRegistry(ProductService gone) {
        if (registry == gone) {
            registry = null;
        }
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unsetVoting")
    public void setVoting(VotingService voting) {
        this.voting = voting;
    }

    public void unsetVoting(VotingService gone) {
        if (voting == gone) {
            voting = null;
        }
    }

    @Override
    public List<TariffVersion> tariffs() {
        return store.tariffs();
    }

    @Override
    public Optional<TariffVersion> tariff(long id) {
        return store.tariff(id);
    }

    @Override
    public Optional<TariffVersion> tariffInForce(LocalDate date) {
        return store.tariffs().stream()
                .filter(t ->
                        t.state() == TariffState.ADOPTED && !t.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(TariffVersion::effectiveFrom).thenComparing(TariffVersion::id));
    }

    @Override
    public TariffVersion tariffFor(int year) {
        return tariffInForce(LocalDate.of(year, 1, 1))
                .orElseThrow(() -> new ValidationException(Map.of("year", "no-tariff")));
    }

    @Override
    public TariffVersion createDraft(TariffChange change, PlatformUser actor) {
        ValidationException.throwIfAny(tariffErrors(change));
        TariffVersion after = tables.transaction(() -> {
            long id;
            try {
                id = store.insertTariff(change);
            } catch (DuplicateKeyException e) {
                throw new ValidationException(Map.of("name", "duplicate"));
            }
            return audited(actor, "payments.tariff.create", null, id);
        });
        return published(actor, after);
    }

    @Override
    public TariffVersion updateDraft(long id, long expectedVersion, TariffChange change, PlatformUser actor) {
        TariffVersion before = draft(id);
        ValidationException.throwIfAny(tariffErrors(change));
        TariffVersion after = tables.transaction(() -> {
            try {
                store.updateDraft(id, expectedVersion, change);
            } catch (DuplicateKeyException e) {
                throw new ValidationException(Map.of("name", "duplicate"));
            }
            return audited(actor, "payments.tariff.update", before, id);
        });
        return published(actor, after);
    }

    @Override
    public TariffVersion adopt(long id, long expectedVersion, String decisionRef, PlatformUser actor) {
        TariffVersion before = draft(id);
        if (decisionRef == null || decisionRef.isBlank()) {
            throw new ValidationException(Map.of("decisionRef", "required"));
        }
        ValidationException.throwIfAny(tariffErrors(new TariffChange(
                before.name(),
                before.effectiveFrom(),
                decisionRef,
                before.proposalRef(),
                before.membershipFee(),
                before.indexBaseYear(),
                before.supplierPartnerFee(),
                before.products())));
        ValidationException.throwIfAny(decisionErrors(decisionRef));
        TariffVersion after = tables.transaction(() -> {
            store.adopt(id, expectedVersion, decisionRef.strip());
            // again inside: a run may have issued the year's invoices since the check above
            if (store.invoiced(before.effectiveFrom().getYear())) {
                throw new ValidationException(Map.of("effectiveFrom", "year-invoiced"));
            }
            return audited(actor, "payments.tariff.adopt", before, id);
        });
        return published(actor, after);
    }

    @Override
    public Optional<List<String>> registeredProducts() {
        ProductService current = registry;
        return current == null
                ? Optional.empty()
                : Optional.of(current.products().stream().map(Product::name).toList());
    }

    /**
     * @return the tariff rules' errors; {@code effectiveFrom: year-invoiced} when invoices were issued
     *     for the year it takes effect in (they were issued under the tariff of their day, which a new
     *     version must not rewrite); with a registry, {@code unregistered-product} for each product it
     *     does not know
     */
    private Map<String, String> tariffErrors(TariffChange change) {
        Map<String, String> errors = new LinkedHashMap<>(PaymentRules.tariff(change));
        if (!errors.containsKey("effectiveFrom")
                && change.effectiveFrom() != null
                && store.invoiced(change.effectiveFrom().getYear())) {
            errors.put("effectiveFrom", "year-invoiced");
        }
        ProductService current = registry;
        if (current == null || errors.containsKey("products")) {
            return errors;
        }
        for (int i = 0; i < change.products().size(); i++) {
            ProductTariff p = change.products().get(i);
            String key = "products[" + i + "].product";
            if (p != null
                    && !errors.containsKey(key)
                    && current.byName(p.product().strip()).isEmpty()) {
                errors.put(key, "unregistered-product");
            }
        }
        return errors;
    }

    /**
     * @return {@code unknown-decision}, {@code decision-not-a-fee} (the ballot decided something other
     *     than the membership fee, {@link DecisionType#MEMBERSHIP_FEE}) or {@code decision-not-passed}
     *     for a {@code decision:<ballot id>} reference the assemblies do not bear out; other references (decisions taken before the
     *     platform, the minutes' address) are taken as written, and so is any when voting is not there
     */
    private Map<String, String> decisionErrors(String decisionRef) {
        VotingService current = voting;
        PlatformRef ref;
        try {
            ref = PlatformRef.parse(decisionRef);
        } catch (IllegalArgumentException invalid) {
            return Map.of(); // the tariff rules have reported it
        }
        if (current == null
                || !PlatformRef.DECISION.equals(ref.type())
                || !ref.id().matches("\\d{1,18}")) {
            return Map.of();
        }
        return current.decision(ref)
                .map(d -> d.type() != DecisionType.MEMBERSHIP_FEE
                        ? Map.of("decisionRef", "decision-not-a-fee")
                        : d.passed() ? Map.<String, String>of() : Map.of("decisionRef", "decision-not-passed"))
                .orElse(Map.of("decisionRef", "unknown-decision"));
    }

    /** @return the draft, refusing an adopted version (immutable) */
    private TariffVersion draft(long id) {
        TariffVersion version =
                store.tariff(id).orElseThrow(() -> new NoSuchElementException("no tariff version " + id));
        if (version.state() != TariffState.DRAFT) {
            throw new ValidationException(Map.of("state", "adopted-is-immutable"));
        }
        return version;
    }

    /** Audits a tariff change inside its transaction; @return the version as stored now */
    private TariffVersion audited(PlatformUser actor, String action, TariffVersion before, long id) {
        TariffVersion after = store.tariff(id).orElseThrow();
        audit.appendChange(actor.username(), action, "tariff", Long.toString(id), before, after);
        return after;
    }

    /** Publishes a committed tariff change; @return the version */
    private TariffVersion published(PlatformUser actor, TariffVersion after) {
        events.postEvent(new Event(
                PaymentService.TOPIC_TARIFF_CHANGED,
                Map.of(
                        EventTopics.PROPERTY_ID,
                        after.id(),
                        EventTopics.PROPERTY_ACTOR,
                        actor.username(),
                        "state",
                        after.state().name())));
        return after;
    }
}
