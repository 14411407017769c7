package eu.os2.platform.onboarding.internal.attention;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.attention.AttentionSource;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductStage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.notices.NoticeTexts;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import eu.os2.platform.onboarding.internal.store.OnboardingStore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The home page's onboarding lines, computed from the products and the current round's assessments
 * (two queries): a member representative's self-assessments due for the products its organisation
 * owns; the secretariat's count of late self-assessments, assessments to evaluate, level-1 decisions
 * and new ideas to handle; the board's level decisions and board approvals.
 */
@Component(service = AttentionSource.class)
public class OnboardingAttention implements AttentionSource {

    /** A self-assessment is urgent this many days before its deadline. */
    static final long URGENT_DAYS = 14;

    private final ProductRegistry registry;
    private final Assessments assessments;
    private final OnboardingStore store;
    private final PlatformClock clock;

    @Activate
    public OnboardingAttention(
            @Reference ProductRegistry registry,
            @Reference Assessments assessments,
            @Reference OnboardingStore store,
            @Reference PlatformClock clock) {
        this.registry = registry;
        this.assessments = assessments;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<AttentionItem> itemsFor(PlatformUser user) {
        boolean representative = user.roles().contains(Role.MEMBER_REPRESENTATIVE) && user.organisationId() != null;
        boolean secretariat = user.hasRole(Role.SECRETARIAT);
        boolean board = user.hasRole(Role.BOARD);
        if (!representative && !secretariat && !board) {
            return List.of();
        }
        Round round = new Round(assessments.currentRound(), clock.today());
        List<Product> products = registry.products();
        Map<Long, Assessment> current = new HashMap<>();
        store.assessments(round.name).forEach(a -> current.put(a.productId(), a));
        List<AttentionItem> items = new ArrayList<>();
        if (representative) {
            items.addAll(due(user.organisationId(), products, current, round));
        }
        if (secretariat) {
            items.addAll(secretariat(products, current, round));
        }
        if (board) {
            items.addAll(board(products, current));
        }
        return items;
    }

    /** The current round, its deadline and how many days are left (negative: late). */
    private final class Round {
        final String name;
        final LocalDate deadline;
        final long daysLeft;

        Round(String name, LocalDate today) {
            this.name = name;
            this.deadline = assessments.deadline(name);
            this.daysLeft = ChronoUnit.DAYS.between(today, deadline);
        }
    }

    private static boolean toAssess(Product p, Map<Long, Assessment> current) {
        Assessment a = current.get(p.id());
        return p.stage() == ProductStage.PRODUCT && (a == null || a.state() == AssessmentState.DRAFT);
    }

    private static List<AttentionItem> due(
            long organisationId, List<Product> products, Map<Long, Assessment> current, Round round) {
        List<AttentionItem> items = new ArrayList<>();
        for (Product p : products) {
            if (!p.owners().contains(organisationId) || !toAssess(p, current)) {
                continue;
            }
            boolean late = round.daysLeft < 0;
            items.add(new AttentionItem(
                    "onboarding.assessment-due/" + p.id() + "/" + round.name,
                    late
                            ? "Selvevalueringen af " + p.name() + " for runde " + round.name + " er forsinket (frist "
                                    + NoticeTexts.date(round.deadline, Language.DA) + ")."
                            : "Selvevalueringen af " + p.name() + " for runde " + round.name + " skal afleveres senest "
                                    + NoticeTexts.date(round.deadline, Language.DA) + ".",
                    late
                            ? "The self-assessment of " + named(p.name()) + " for round " + round.name
                                    + " is overdue (due " + NoticeTexts.date(round.deadline, Language.EN) + ")."
                            : "The self-assessment of " + named(p.name()) + " for round " + round.name + " is due by "
                                    + NoticeTexts.date(round.deadline, Language.EN) + ".",
                    NoticeTexts.assessmentRoute(p.id(), round.name),
                    round.deadline,
                    round.daysLeft <= URGENT_DAYS));
        }
        return items;
    }

    private static List<AttentionItem> secretariat(List<Product> products, Map<Long, Assessment> current, Round round) {
        List<AttentionItem> items = new ArrayList<>();
        long late = round.daysLeft < 0
                ? products.stream().filter(p -> toAssess(p, current)).count()
                : 0;
        if (late > 0) {
            items.add(new AttentionItem(
                    "onboarding.assessments-overdue/" + round.name,
                    late + (late == 1 ? " produkt mangler" : " produkter mangler") + " selvevaluering for runde "
                            + round.name + " (frist " + NoticeTexts.date(round.deadline, Language.DA) + ").",
                    late + (late == 1 ? " product lacks its" : " products lack their") + " self-assessment for round "
                            + round.name + " (due " + NoticeTexts.date(round.deadline, Language.EN) + ").",
                    NoticeTexts.productsRoute(),
                    round.deadline,
                    true));
        }
        for (Product p : products) {
            Assessment a = current.get(p.id());
            if (a != null && a.state() == AssessmentState.SUBMITTED) {
                items.add(new AttentionItem(
                        "onboarding.assessment-submitted/" + a.id(),
                        "Vurder den afleverede selvevaluering af " + p.name() + " (runde " + a.round() + ").",
                        "Evaluate the self-assessment handed in for " + named(p.name()) + " (round " + a.round() + ").",
                        NoticeTexts.assessmentRoute(p.id(), a.round()),
                        null,
                        false));
            } else if (a != null && a.state() == AssessmentState.REVIEWED && !forTheBoard(a)) {
                items.add(decision(p, a));
            }
            if (p.step() == PipelineStep.IDEA) {
                items.add(new AttentionItem(
                        "onboarding.idea/" + p.id(),
                        "Ny idé afventer behandling: " + p.name() + ".",
                        "A new idea awaits handling: " + named(p.name()) + ".",
                        NoticeTexts.productRoute(p.id()),
                        null,
                        false));
            }
        }
        return items;
    }

    private static List<AttentionItem> board(List<Product> products, Map<Long, Assessment> current) {
        List<AttentionItem> items = new ArrayList<>();
        for (Product p : products) {
            Assessment a = current.get(p.id());
            if (a != null && a.state() == AssessmentState.REVIEWED && forTheBoard(a)) {
                items.add(decision(p, a));
            }
            if (p.step() == PipelineStep.BOARD_APPROVAL) {
                items.add(new AttentionItem(
                        "onboarding.board-approval/" + p.id(),
                        p.name() + " afventer bestyrelsens godkendelse som produkt.",
                        named(p.name()) + " awaits the board's approval as a product.",
                        NoticeTexts.productRoute(p.id()),
                        null,
                        false));
            }
        }
        return items;
    }

    /** The board decides levels 2 and 3; the secretariat the sandbox and level 1. */
    private static boolean forTheBoard(Assessment a) {
        return a.recommended() != null && a.recommended().rank() >= 2;
    }

    private static AttentionItem decision(Product p, Assessment a) {
        return new AttentionItem(
                "onboarding.level-decision/" + a.id(),
                "Beslut niveau for " + p.name() + ": styregruppen anbefaler "
                        + NoticeTexts.level(a.recommended(), Language.DA) + ".",
                "Decide the level of " + named(p.name()) + ": the steering group recommends "
                        + NoticeTexts.level(a.recommended(), Language.EN) + ".",
                NoticeTexts.assessmentRoute(p.id(), a.round()),
                null,
                false);
    }

    /** A product's name in an English line, marked as AttentionItem asks. */
    static String named(String name) {
        return "\u201c" + name + "\u201d";
    }
}
