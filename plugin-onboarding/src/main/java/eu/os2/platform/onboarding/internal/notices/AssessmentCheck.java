package eu.os2.platform.onboarding.internal.notices;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductStage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Reminder;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.reminders.Reminders;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check behind the assessment round's messages. Until the current round's deadline it tells
 * the owners of every product still to be assessed that the round is open; after it, the owners
 * and coordinator of each late product that it is overdue, and the secretariat once a day how many
 * are. Every message carries a once-key, so running the check again, or on two nodes at once, sends
 * each of them once; each is written in a transaction of its own, so one that another node wrote
 * first does not keep the others back.
 */
@Component(service = AssessmentCheck.class)
public class AssessmentCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentCheck.class);

    private final ProductRegistry registry;
    private final Assessments assessments;
    private final Reminders reminders;
    private final OnboardingStore store;
    private final OnboardingNotices notices;
    private final PlatformClock clock;

    @Activate
    public AssessmentCheck(
            @Reference ProductRegistry registry,
            @Reference Assessments assessments,
            @Reference Reminders reminders,
            @Reference OnboardingStore store,
            @Reference OnboardingNotices notices,
            @Reference PlatformClock clock) {
        this.registry = registry;
        this.assessments = assessments;
        this.reminders = reminders;
        this.store = store;
        this.notices = notices;
        this.clock = clock;
    }

    /** @return how many messages this run wrote */
    public int run() {
        String round = assessments.currentRound();
        LocalDate deadline = assessments.deadline(round);
        LocalDate today = clock.today();
        return today.isAfter(deadline) ? overdue(round, deadline, today) : opened(round, deadline);
    }

    private int opened(String round, LocalDate deadline) {
        Map<Long, List<Product>> byOwner = new TreeMap<>();
        Map<Long, AssessmentState> states = new TreeMap<>();
        store.assessments(round).forEach(a -> states.put(a.productId(), a.state()));
        for (Product p : registry.products()) {
            if (p.stage() == ProductStage.PRODUCT
                    && states.getOrDefault(p.id(), AssessmentState.DRAFT) == AssessmentState.DRAFT) {
                p.owners()
                        .forEach(o -> byOwner.computeIfAbsent(o, k -> new ArrayList<>())
                                .add(p));
            }
        }
        int written = 0;
        for (Map.Entry<Long, List<Product>> owner : byOwner.entrySet()) {
            written += once(() -> notices.roundOpened(round, deadline, owner.getKey(), owner.getValue()));
        }
        return written;
    }

    private int overdue(String round, LocalDate deadline, LocalDate today) {
        List<Reminder> late =
                reminders.reminders().stream().filter(r -> r.daysLate() > 0).toList();
        int written = 0;
        for (Reminder r : late) {
            Product p = registry.product(r.productId()).orElse(null);
            if (p != null) {
                written += once(() -> notices.assessmentOverdue(p, round, deadline, r.daysLate()));
            }
        }
        return written + once(() -> notices.overdueDigest(today, round, deadline, late));
    }

    /** Writes in a transaction of its own; a message another node wrote meanwhile is left to it. */
    private int once(Supplier<Integer> write) {
        try {
            return store.inTransaction(write);
        } catch (StorageException e) {
            LOG.info("an assessment round message was not written now, the next check tries again: {}", e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            // one product's message that cannot be written must not keep the others from theirs
            LOG.warn("an assessment round message could not be written: {}", e.toString());
            return 0;
        }
    }
}
