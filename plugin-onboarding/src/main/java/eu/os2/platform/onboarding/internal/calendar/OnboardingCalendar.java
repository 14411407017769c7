package eu.os2.platform.onboarding.internal.calendar;

import eu.os2.platform.api.calendar.CalendarEvent;
import eu.os2.platform.api.calendar.CalendarSource;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductStage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Rounds;
import eu.os2.platform.onboarding.internal.notices.NoticeTexts;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The self-assessment rounds in a person's calendar, as whole days: the day a round opens and its
 * deadline, for the rounds of the last year, the current one and the next. The secretariat sees
 * every round; a member representative whose organisation owns a product sees them with its products.
 */
@Component(service = CalendarSource.class)
public class OnboardingCalendar implements CalendarSource {

    private final ProductRegistry registry;
    private final Assessments assessments;
    private final PlatformClock clock;
    private final Outbox outbox;

    @Activate
    public OnboardingCalendar(
            @Reference ProductRegistry registry,
            @Reference Assessments assessments,
            @Reference PlatformClock clock,
            @Reference Outbox outbox) {
        this.registry = registry;
        this.assessments = assessments;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public List<CalendarEvent> events(PlatformUser user, Language language) {
        String products;
        if (user.hasRole(Role.SECRETARIAT)) {
            products = null;
        } else if (user.roles().contains(Role.MEMBER_REPRESENTATIVE) && user.organisationId() != null) {
            List<String> owned = registry.products().stream()
                    .filter(p -> p.stage() == ProductStage.PRODUCT && p.owners().contains(user.organisationId()))
                    .map(Product::name)
                    .toList();
            if (owned.isEmpty()) {
                return List.of();
            }
            products = owned.stream().collect(Collectors.joining(", "));
        } else {
            return List.of();
        }
        String url = outbox.consoleUrl() + NoticeTexts.productsRoute();
        List<CalendarEvent> events = new ArrayList<>();
        LocalDate today = clock.today();
        String last = Rounds.next(Rounds.round(today));
        for (String round = Rounds.round(today.minusYears(1)); ; round = Rounds.next(round)) {
            LocalDate deadline = assessments.deadline(round);
            String what = products == null
                    ? language.pick("Alle produkter selvevaluerer.", "Every product assesses itself.")
                    : language.pick("Jeres produkter: ", "Your products: ") + products;
            events.add(CalendarEvent.day(
                    "onboarding-round-" + round + "-opens@os2.eu",
                    language.pick(
                            "Selvevaluering: runde " + round + " åbner", "Self-assessment: round " + round + " opens"),
                    what + " " + language.pick("Frist ", "Due ") + NoticeTexts.date(deadline, language) + ".",
                    Rounds.opens(round),
                    url));
            events.add(CalendarEvent.day(
                    "onboarding-round-" + round + "-due@os2.eu",
                    language.pick("Frist for selvevaluering, runde " + round, "Self-assessment due, round " + round),
                    what,
                    deadline,
                    url));
            if (round.equals(last)) {
                return events;
            }
        }
    }
}
