package eu.os2.platform.onboarding.internal.demo;

import eu.os2.platform.api.member.DirectoryReady;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.onboarding.internal.ProductChange;
import eu.os2.platform.onboarding.internal.assessment.Assessments;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.Criterion;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.pipeline.Pipeline;
import eu.os2.platform.onboarding.internal.registry.ProductRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode (the platform's {@code etc/eu.os2.platform.demo.cfg}): when on and no product exists,
 * once the demo member directory is in place, the 29 products of OS2's chart of accounts are
 * registered and walked through the path; OS2compliance, OS2korrespondance and OS2skadesøkonomi are
 * in onboarding; SmartMail, OS2fleetoptimiser and OS2planCO2 are projects on the way in; a Google
 * Workspace for Education alternative is a new project supported by 21 municipalities. Levels come
 * from a completed assessment round (2026-1) with decisions, including OS2indberetning decided down
 * to level 1; OS2forms' coordinator (the demo member representative) has started the current round.
 * Owners, levels and marks are the demo's own. The component is activated only once core announces
 * the demo directory ({@link DirectoryReady}); the data is created on the component's own executor,
 * shut down when it is deactivated.
 */
@Component(
        configurationPid = "eu.os2.platform.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
public class DemoOnboarding {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(0, "demo-secretariat", "Demo Sekretariat", Set.of(Role.SECRETARIAT), null);
    static final PlatformUser BOARD = new PlatformUser(0, "demo-board", "Demo Bestyrelse", Set.of(Role.BOARD), null);
    static final List<String> PRODUCTS = List.of(
            "OS2kravmotor",
            "OS2rollekatalog",
            "OS2autoproces",
            "OS2indberetning",
            "OS2valghalla",
            "OS2faktor",
            "OS2udoglær",
            "OS2flytjord",
            "OS2kle",
            "OS2sync",
            "OS2forms",
            "OS2borgerPC",
            "OS2display",
            "OS2iot",
            "OS2mo",
            "OS2kitos",
            "OS2skoledata",
            "OS2sofd",
            "OS2compliance",
            "OS2skadesøkonomi",
            "OS2korrespondance",
            "OS2nectar",
            "OS2skole",
            "OS2fleetoptimiser",
            "OS2planCO2",
            "OS2ai",
            "OS2connector",
            "OS2opendatadk",
            "OS2aiheatcontrol");
    static final Set<String> ONBOARDING = Set.of("OS2compliance", "OS2korrespondance", "OS2skadesøkonomi");
    static final Set<String> ON_THE_WAY = Set.of("OS2fleetoptimiser", "OS2planCO2");
    static final Map<String, ProductLevel> LEVELS = Map.of(
            "OS2forms",
            ProductLevel.LEVEL_3,
            "OS2kitos",
            ProductLevel.LEVEL_3,
            "OS2mo",
            ProductLevel.LEVEL_2,
            "OS2display",
            ProductLevel.LEVEL_2,
            "OS2borgerPC",
            ProductLevel.LEVEL_2,
            "OS2rollekatalog",
            ProductLevel.LEVEL_2,
            "OS2valghalla",
            ProductLevel.LEVEL_2,
            "OS2indberetning",
            ProductLevel.LEVEL_1,
            "OS2faktor",
            ProductLevel.LEVEL_1,
            "OS2sofd",
            ProductLevel.LEVEL_1);
    private static final List<String> PROJECT_FACTS = List.of("governancePlan", "financePlan", "sharedNeed");
    private static final Logger LOG = LoggerFactory.getLogger(DemoOnboarding.class);

    @interface Config {
        boolean enabled() default false;
    }

    /** The areas the demo data goes through: registry, pipeline and gates, assessments and levels. */
    public record Areas(ProductRegistry registry, Pipeline pipeline, Assessments assessments) {}

    private final ExecutorService executor;

    @Activate
    public DemoOnboarding(
            @Reference ProductRegistry registry,
            @Reference Pipeline pipeline,
            @Reference Assessments assessments,
            @Reference MemberService members,
            @Reference DirectoryReady directory,
            Config config) {
        if (!config.enabled() || !registry.products().isEmpty()) {
            executor = null;
            return;
        }
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, "os2-demo-onboarding");
            worker.setDaemon(true);
            return worker;
        });
        executor.execute(() -> {
            try {
                create(new Areas(registry, pipeline, assessments), members);
                LOG.info(
                        "Demo mode: registered {} products, ideas and projects with levels and assessments",
                        PRODUCTS.size() + 2);
            } catch (RuntimeException e) {
                LOG.error("Demo mode: the product demo data could not be created", e);
            }
        });
        executor.shutdown();
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Creates the demo products; public for tests. */
    public static void create(Areas areas, MemberService members) {
        ProductRegistry registry = areas.registry();
        List<Organisation> voters = members.votingMembers();
        // the demo's supplier partners supply the products by turns (the first, Nordlys Software, is the demo
        // partner's)
        List<String> suppliers =
                members
                        .search(new MemberQuery(null, OrganisationKind.SUPPLIER_PARTNER, null, false, 0, 100))
                        .items()
                        .stream()
                        .map(Organisation::name)
                        .sorted(Comparator.comparing((String n) -> !n.startsWith("Nordlys"))
                                .thenComparing(n -> n))
                        .toList();
        int i = 0;
        for (String name : PRODUCTS) {
            long owner = voters.get(i % voters.size()).id();
            long supporter = voters.get((i + 7) % voters.size()).id();
            String coordinator = switch (name) {
                case "OS2forms" -> "demo-member";
                case "OS2display" -> "koordinator-os2display";
                case "OS2borgerPC" -> "koordinator-os2borgerpc";
                default -> null;
            };
            List<String> supplier = suppliers.isEmpty() ? List.of() : List.of(suppliers.get(i % suppliers.size()));
            Product p = registry.register(
                    new ProductChange(
                            name,
                            "Fælles OS2-løsning (demo)",
                            "https://github.com/OS2/" + name.toLowerCase(Locale.ROOT),
                            "MPL-2.0",
                            false,
                            List.of(owner),
                            List.of(supporter),
                            coordinator,
                            List.of("Styregruppe for " + name),
                            List.of(),
                            supplier,
                            List.of(),
                            Gates.FACTS),
                    SECRETARIAT);
            PipelineStep target = ONBOARDING.contains(name)
                    ? PipelineStep.GOVERNANCE_FINANCE
                    : ON_THE_WAY.contains(name) ? PipelineStep.PRE_ANALYSIS : PipelineStep.PRODUCT;
            walk(areas, p, target);
            i++;
        }
        Product smartMail = registry.register(
                new ProductChange(
                        "SmartMail",
                        "Sikker digital post fra fagsystemer (demo)",
                        null,
                        null,
                        true,
                        List.of(voters.get(3).id()),
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        PROJECT_FACTS),
                SECRETARIAT);
        walk(areas, smartMail, PipelineStep.PRE_ANALYSIS);
        List<Long> supporters = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            supporters.add(voters.get((k * 3) % voters.size()).id());
        }
        long first = voters.get(0).id();
        Product google = registry.register(
                new ProductChange(
                        "Alternativ til Google Workspace for Education",
                        "Et åbent alternativ til Google Workspace i folkeskolen, støttet af 21 kommuner (demo)",
                        null,
                        null,
                        true,
                        List.of(first),
                        supporters.stream()
                                .filter(s -> s != first)
                                .distinct()
                                .limit(20)
                                .toList(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        PROJECT_FACTS),
                SECRETARIAT);
        walk(areas, google, PipelineStep.PRE_ANALYSIS);

        // the previous round, decided: OS2indberetning first at level 2 in 2025-2, then recommended down to level 1
        decide(areas, "OS2indberetning", "2025-2", ProductLevel.LEVEL_2, "Opfylder niveau 2.");
        for (Map.Entry<String, ProductLevel> e : LEVELS.entrySet()) {
            String reason = e.getKey().equals("OS2indberetning")
                    ? "Styregruppen er ikke genetableret og driften er ikke beskrevet: anbefalet ned på niveau 1 indtil forholdene er"
                            + " bragt i orden."
                    : "Opfylder kriterierne for "
                            + (e.getValue() == ProductLevel.SANDBOX
                                    ? "sandkassen"
                                    : "niveau " + e.getValue().ordinal()) + ".";
            decide(areas, e.getKey(), "2026-1", e.getValue(), reason);
        }
        // the current round: OS2forms' coordinator has started
        Assessments assessments = areas.assessments();
        Product forms = registry.byName("OS2forms").orElseThrow();
        PlatformUser coordinator = new PlatformUser(0, "demo-member", "Demo", Set.of(Role.MEMBER_REPRESENTATIVE), null);
        assessments.saveMarks(
                forms.id(),
                assessments.currentRound(),
                0,
                assessments.catalogue().criteria().stream()
                        .limit(12)
                        .map(c -> new Mark(c.code(), Mark.Status.MET, null, List.of("https://github.com/OS2Forms")))
                        .toList(),
                coordinator);
    }

    private static void walk(Areas areas, Product p, PipelineStep target) {
        Product at = p;
        while (at.step() != target) {
            at = areas.pipeline()
                    .advance(
                            at.id(),
                            at.version(),
                            PipelineStep.values()[at.step().ordinal() + 1],
                            SECRETARIAT);
        }
    }

    private static void decide(Areas areas, String name, String round, ProductLevel level, String reason) {
        Assessments assessments = areas.assessments();
        Product p = areas.registry().byName(name).orElseThrow();
        boolean down = name.equals("OS2indberetning") && round.equals("2026-1");
        List<Mark> marks = new ArrayList<>();
        for (Criterion c : assessments.catalogue().criteria()) {
            boolean met =
                    c.firstLevel().rank() <= level.rank() && !(down && c.code().equals("G6"));
            marks.add(new Mark(
                    c.code(),
                    met ? Mark.Status.MET : Mark.Status.NOT_MET,
                    met ? null : "Ikke opfyldt endnu",
                    List.of()));
        }
        PlatformUser secretariat = SECRETARIAT;
        Assessment a = assessments.saveMarks(p.id(), round, 0, marks, secretariat);
        a = assessments.submit(a.id(), a.version(), secretariat);
        a = assessments.evaluate(
                a.id(),
                a.version(),
                Map.of(
                        "relevance",
                        "GREEN",
                        "formal",
                        down ? "YELLOW" : "GREEN",
                        "strategic",
                        "GREEN",
                        "governance",
                        down ? "RED" : "GREEN"),
                down ? "Styregruppen mangler" : "I orden",
                secretariat);
        a = assessments.review(a.id(), a.version(), "Styregruppens anbefaling", level, BOARD);
        assessments.decide(a.id(), a.version(), level, reason, level.rank() >= 2 ? BOARD : SECRETARIAT);
    }
}
