package eu.os2.platform.onboarding.internal.reminders;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductStage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Reminder;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The reminders: products (not ideas or projects) whose current self-assessment is missing or still a draft. */
@Component(service = Reminders.class)
public class RemindersImpl implements Reminders {

    private final ProductRegistry registry;
    private final Assessments assessments;
    private final PlatformClock clock;

    @Activate
    public RemindersImpl(
            @Reference ProductRegistry registry, @Reference Assessments assessments, @Reference PlatformClock clock) {
        this.registry = registry;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    public List<Reminder> reminders() {
        String round = assessments.currentRound();
        LocalDate deadline = assessments.deadline(round);
        List<Reminder> result = new ArrayList<>();
        for (Product p : registry.products()) {
            if (p.stage() != ProductStage.PRODUCT) {
                continue;
            }
            Assessment a = assessments.assessment(p.id(), round);
            if (a.state() == AssessmentState.DRAFT) {
                long daysLate = ChronoUnit.DAYS.between(deadline, clock.today());
                result.add(new Reminder(p.id(), p.name(), p.coordinator(), round, deadline, daysLate));
            }
        }
        return result;
    }
}
