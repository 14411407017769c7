package eu.os2.platform.payments.internal.subscription;

import eu.os2.platform.api.audit.AuditLog;
import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.PaymentRules;
import eu.os2.platform.payments.internal.model.Subscription;
import eu.os2.platform.payments.internal.store.FactStore;
import eu.os2.platform.payments.internal.store.PaymentTables;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Billing details and subscriptions, checked against the member directory and the tariffs, audited. */
@Component(service = SubscriptionService.class)
public class SubscriptionServiceImpl implements SubscriptionService {

    private final PaymentTables tables;
    private final FactStore store;
    private final MemberService members;
    private final AuditLog audit;
    private final TariffService tariffs;

    @Activate
    public SubscriptionServiceImpl(
            @Reference PaymentTables tables,
            @Reference MemberService members,
            @Reference AuditLog audit,
            @Reference TariffService tariffs) {
        this.tables = tables;
        this.store = tables.facts();
        this.members = members;
        this.audit = audit;
        this.tariffs = tariffs;
    }

    @Override
    public BillingDetails billing(long organisationId) {
        organisation(organisationId);
        return store.billing(organisationId).orElse(BillingDetails.none(organisationId));
    }

    @Override
    public BillingDetails saveBilling(
            long organisationId, long expectedVersion, BillingDetails change, PlatformUser actor) {
        Organisation o = organisation(organisationId);
        BillingDetails b = new BillingDetails(
                organisationId,
                trim(change.orderReference()),
                trim(change.personReference()),
                trim(change.street()),
                trim(change.postcode()),
                trim(change.city()),
                change.manualTier(),
                trim(change.tierReason()),
                expectedVersion);
        ValidationException.throwIfAny(PaymentRules.billing(b, o.kind()));
        return tables.transaction(() -> {
            BillingDetails before = store.billing(organisationId).orElse(null);
            store.putBilling(b, expectedVersion);
            BillingDetails after = store.billing(organisationId).orElseThrow();
            audit.appendChange(
                    actor.username(),
                    "payments.billing.save",
                    "organisation",
                    Long.toString(organisationId),
                    before,
                    after);
            return after;
        });
    }

    @Override
    public List<Subscription> subscriptions(long organisationId) {
        return store.subscriptions(organisationId);
    }

    @Override
    public List<Subscription> subscriptions() {
        return store.subscriptions();
    }

    @Override
    public Map<Long, List<Subscription>> subscriptionsByOrganisation() {
        return store.subscriptions().stream().collect(Collectors.groupingBy(Subscription::organisationId));
    }

    @Override
    public Subscription subscribe(
            long organisationId, String product, LocalDate from, boolean passive, PlatformUser actor) {
        organisation(organisationId);
        ValidationException.throwIfAny(PaymentRules.subscription(product, from, null));
        boolean known = tariffs.tariffs().stream()
                .anyMatch(t -> t.products().stream().anyMatch(p -> p.product().equals(product.strip())));
        if (!known) {
            throw new ValidationException(Map.of("product", "unknown-product"));
        }
        boolean overlapping = store.subscriptions(organisationId).stream()
                .anyMatch(s -> s.product().equals(product.strip()) && (s.to() == null || !s.to().isBefore(from)));
        if (overlapping) {
            throw new ValidationException(Map.of("product", "already-subscribed"));
        }
        return tables.transaction(() -> {
            long id = store.insertSubscription(
                    new Subscription(0, organisationId, product.strip(), from, null, passive, 1));
            Subscription created = store.subscription(id).orElseThrow();
            audit.appendChange(
                    actor.username(), "payments.subscription.create", "subscription", Long.toString(id), null, created);
            return created;
        });
    }

    @Override
    public Subscription changeSubscription(
            long id, long expectedVersion, LocalDate to, boolean passive, PlatformUser actor) {
        Subscription before =
                store.subscription(id).orElseThrow(() -> new NoSuchElementException("no subscription " + id));
        ValidationException.throwIfAny(PaymentRules.subscription(before.product(), before.from(), to));
        return tables.transaction(() -> {
            store.updateSubscription(
                    new Subscription(id, before.organisationId(), before.product(), before.from(), to, passive, 0),
                    expectedVersion);
            Subscription after = store.subscription(id).orElseThrow();
            audit.appendChange(
                    actor.username(), "payments.subscription.update", "subscription", Long.toString(id), before, after);
            return after;
        });
    }

    @Override
    public List<Billable> billables() {
        Map<Long, BillingDetails> billing = store.billing();
        List<Billable> result = new ArrayList<>();
        int offset = 0;
        while (true) {
            MemberPage page = members.search(new MemberQuery(null, null, null, false, offset, MemberQuery.MAX_LIMIT));
            page.items().forEach(o -> result.add(Billable.of(o, billing.get(o.id()))));
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return result;
            }
        }
    }

    @Override
    public void eachBillablePage(Consumer<BillablePage> consumer) {
        int offset = 0;
        while (true) {
            MemberPage page = members.search(new MemberQuery(null, null, null, false, offset, MemberQuery.MAX_LIMIT));
            if (page.items().isEmpty()) {
                return;
            }
            List<Long> ids = page.items().stream().map(Organisation::id).toList();
            Map<Long, BillingDetails> billing = store.billing(ids);
            List<Billable> billables = page.items().stream()
                    .map(o -> Billable.of(o, billing.get(o.id())))
                    .toList();
            Map<Long, List<Subscription>> subscriptions =
                    store.subscriptions(ids).stream().collect(Collectors.groupingBy(Subscription::organisationId));
            consumer.accept(new BillablePage(billables, subscriptions, (int) page.total()));
            offset += page.items().size();
            if (offset >= page.total()) {
                return;
            }
        }
    }

    @Override
    public Billable billable(long organisationId) {
        Organisation o = organisation(organisationId);
        return Billable.of(o, store.billing(organisationId).orElse(null));
    }

    private Organisation organisation(long id) {
        return members.get(id).orElseThrow(() -> new NoSuchElementException("no organisation " + id));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
