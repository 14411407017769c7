package eu.os2.platform.payments.internal.subscription;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.Subscription;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What the secretariat keeps per organisation for billing: billing details and product subscriptions. */
public interface SubscriptionService {

    /** @return the organisation's billing details, empty ones (version 0) when none are stored */
    BillingDetails billing(long organisationId);

    BillingDetails saveBilling(long organisationId, long expectedVersion, BillingDetails change, PlatformUser actor);

    List<Subscription> subscriptions(long organisationId);

    List<Subscription> subscriptions();

    /** @return every subscription by organisation */
    Map<Long, List<Subscription>> subscriptionsByOrganisation();

    Subscription subscribe(long organisationId, String product, LocalDate from, boolean passive, PlatformUser actor);

    Subscription changeSubscription(long id, long expectedVersion, LocalDate to, boolean passive, PlatformUser actor);

    /** @return every organisation in the directory with its billing details */
    List<Billable> billables();

    /**
     * Hands every organisation in the directory, with its billing details and subscriptions, to
     * {@code page} one directory page at a time, so that a run over many members holds one page.
     */
    void eachBillablePage(Consumer<BillablePage> page);

    /**
     * One directory page of organisations with their billing details and subscriptions.
     *
     * @param total how many organisations the directory holds in all
     */
    record BillablePage(List<Billable> billables, Map<Long, List<Subscription>> subscriptions, int total) {}

    /** @return one organisation with its billing details; {@link java.util.NoSuchElementException} when it is unknown */
    Billable billable(long organisationId);
}
