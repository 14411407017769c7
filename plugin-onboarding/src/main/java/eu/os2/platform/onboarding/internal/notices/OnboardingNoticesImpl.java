package eu.os2.platform.onboarding.internal.notices;

import eu.os2.platform.api.message.Message;
import eu.os2.platform.api.message.MessageTemplates;
import eu.os2.platform.api.message.Outbox;
import eu.os2.platform.api.message.Recipients;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserService;
import eu.os2.platform.onboarding.internal.model.Reminder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Renders the onboarding messages from {@code mail/*.da.txt} and {@code .en.txt} and writes them to the outbox. */
@Component(service = OnboardingNotices.class)
public class OnboardingNoticesImpl implements OnboardingNotices {

    private final Outbox outbox;
    private final UserService users;
    private final MessageTemplates templates = new MessageTemplates(OnboardingNoticesImpl.class, "mail");

    @Activate
    public OnboardingNoticesImpl(@Reference Outbox outbox, @Reference UserService users) {
        this.outbox = outbox;
        this.users = users;
    }

    @Override
    public int roundOpened(String round, LocalDate deadline, long organisationId, List<Product> products) {
        if (products.isEmpty()) {
            return 0;
        }
        String list = products.stream()
                .map(p -> "- " + p.name() + ": " + link(NoticeTexts.assessmentRoute(p.id(), round)))
                .collect(Collectors.joining("\n"));
        return outbox.enqueue(new Message(
                OnboardingMessageKinds.ROUND_OPENED,
                Recipients.organisations(Set.of(organisationId)),
                "onboarding/round/" + round,
                "round/" + round + "/organisation/" + organisationId,
                language -> templates.render(
                        "round-opened",
                        language,
                        Map.of(
                                "round", round,
                                "deadline", NoticeTexts.date(deadline, language),
                                "products", list))));
    }

    @Override
    public int assessmentOverdue(Product product, String round, LocalDate deadline, long daysLate) {
        return outbox.enqueue(new Message(
                OnboardingMessageKinds.ASSESSMENT_OVERDUE,
                ownersAndCoordinator(product),
                "onboarding/product/" + product.id() + "/assessment/" + round,
                "assessment-overdue/" + product.id() + "/" + round,
                language -> templates.render(
                        "assessment-overdue",
                        language,
                        Map.of(
                                "product", product.name(),
                                "round", round,
                                "deadline", NoticeTexts.date(deadline, language),
                                "daysLate", Long.toString(daysLate),
                                "link", link(NoticeTexts.assessmentRoute(product.id(), round))))));
    }

    @Override
    public int overdueDigest(LocalDate day, String round, LocalDate deadline, List<Reminder> late) {
        if (late.isEmpty()) {
            return 0;
        }
        return outbox.enqueue(new Message(
                OnboardingMessageKinds.ASSESSMENT_OVERDUE,
                Recipients.roles(Role.SECRETARIAT),
                "onboarding/round/" + round + "/overdue",
                "overdue-digest/" + day,
                language -> templates.render(
                        "overdue-digest",
                        language,
                        Map.of(
                                "count", Integer.toString(late.size()),
                                "productsWord",
                                        late.size() == 1
                                                ? language.pick("produkt", "product")
                                                : language.pick("produkter", "products"),
                                "round", round,
                                "deadline", NoticeTexts.date(deadline, language),
                                "products",
                                        late.stream()
                                                .map(r -> "- " + r.product() + ": " + r.daysLate()
                                                        + language.pick(" dage forsinket", " days late"))
                                                .collect(Collectors.joining("\n")),
                                "link", link(NoticeTexts.productsRoute())))));
    }

    @Override
    public int levelDecided(Product product, String round, ProductLevel previous, ProductLevel level, String reason) {
        return outbox.enqueue(new Message(
                OnboardingMessageKinds.LEVEL_DECIDED,
                ownersAndCoordinator(product),
                "onboarding/product/" + product.id() + "/assessment/" + round,
                null,
                language -> templates.render(
                        "level-decided",
                        language,
                        Map.of(
                                "product", product.name(),
                                "round", round,
                                "level", NoticeTexts.level(level, language),
                                "previous", NoticeTexts.level(previous, language),
                                "reason", reason,
                                "link", link(NoticeTexts.productRoute(product.id()))))));
    }

    /** The representatives of the product's owning organisations, and its coordinator when they have an account. */
    private Recipients ownersAndCoordinator(Product product) {
        Recipients owners = Recipients.organisations(product.owners());
        if (product.coordinator() == null || product.coordinator().isBlank()) {
            return owners;
        }
        return users.find(product.coordinator())
                .map(PlatformUser::id)
                .map(id -> owners.and(Recipients.users(Set.of(id))))
                .orElse(owners);
    }

    private String link(String route) {
        return outbox.consoleUrl() + route;
    }
}
