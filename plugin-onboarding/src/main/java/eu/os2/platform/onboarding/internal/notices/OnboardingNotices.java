package eu.os2.platform.onboarding.internal.notices;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Reminder;
import java.time.LocalDate;
import java.util.List;

/**
 * The onboarding plugin's messages, written to the outbox. Each is called inside the transaction of
 * what causes it ({@code OnboardingStore.inTransaction}), so that it is stored exactly when that commits.
 */
public interface OnboardingNotices {

    /**
     * A round opened: one message to the representatives of an organisation, naming its products.
     *
     * @param organisationId the owning organisation
     * @param products the products it owns that are assessed in the round
     * @return how many messages were written (0 when they had it already)
     */
    int roundOpened(String round, LocalDate deadline, long organisationId, List<Product> products);

    /**
     * A product's self-assessment is late: to the representatives of its owners and its coordinator,
     * once per product and round.
     *
     * @return how many messages were written (0 when they had it already)
     */
    int assessmentOverdue(Product product, String round, LocalDate deadline, long daysLate);

    /**
     * The secretariat's digest of the late self-assessments, once a day.
     *
     * @return how many messages were written (0 when it went out today already)
     */
    int overdueDigest(LocalDate day, String round, LocalDate deadline, List<Reminder> late);

    /** A level was decided: to the representatives of the product's owners and its coordinator. */
    int levelDecided(Product product, String round, ProductLevel previous, ProductLevel level, String reason);
}
