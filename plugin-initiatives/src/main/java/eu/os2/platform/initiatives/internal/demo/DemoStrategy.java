package eu.os2.platform.initiatives.internal.demo;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.InitiativeService;
import eu.os2.platform.api.initiative.MilestoneChange;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode (the platform's {@code etc/eu.os2.platform.demo.cfg}): when on and no strategy period
 * exists yet, OS2's strategy from the 2022 general assembly is entered through the service, as the
 * secretariat would: the period, the four initiatives with their statuses, milestones and the
 * dated facts as progress updates. The facts give months; the days, the period's exact dates and
 * the open milestones that show what is left are the demo's own.
 */
@Component(
        configurationPid = "eu.os2.platform.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
public class DemoStrategy {

    /** The demo's author of the strategy entries: the secretariat's demo user. */
    static final PlatformUser SECRETARIAT =
            new PlatformUser(0, "demo-secretariat", "Demo Sekretariat", Set.of(Role.SECRETARIAT), null);

    static final LocalDate FROM = LocalDate.of(2022, 5, 1);
    static final LocalDate TO = LocalDate.of(2025, 4, 30);
    private static final String RESPONSIBLE = "OS2’s sekretariat";
    private static final Logger LOG = LoggerFactory.getLogger(DemoStrategy.class);

    @interface Config {
        boolean enabled() default false;
    }

    @Activate
    public DemoStrategy(@Reference InitiativeService initiatives, Config config) {
        if (config.enabled() && initiatives.periods().isEmpty()) {
            create(initiatives);
            LOG.info("Demo mode: created OS2's strategy 2022-2025 with {} initiatives", 4);
        }
    }

    public static void create(InitiativeService initiatives) {
        StrategyPeriod period = initiatives.createPeriod(
                new PeriodChange("OS2’s strategi 2022–2025", FROM, TO, "Generalforsamlingen 2022", FROM), SECRETARIAT);

        Initiative payment = initiatives.create(
                initiative(
                        period,
                        "Stærkere betalingsmodel",
                        "Stronger payment model",
                        "En ny betalingsmodel, der giver OS2 en stærkere økonomi. Modellen evalueres årligt.",
                        "A new payment model that gives OS2 a stronger economy. The model is evaluated yearly.",
                        List.of("framework", "organisation"),
                        List.of(new MilestoneChange(
                                null, "Ny betalingsmodel i kraft", LocalDate.of(2023, 1, 1), 1, null, "completed")),
                        List.of()),
                SECRETARIAT);
        update(
                initiatives,
                payment,
                LocalDate.of(2023, 1, 2),
                "Den nye betalingsmodel er trådt i kraft fra januar 2023. Den evalueres årligt.",
                "completed");

        Initiative offering = initiatives.create(
                initiative(
                        period,
                        "Forbedre OS2’s tilbud",
                        "Improve OS2’s offering",
                        "Flere kompetencer i sekretariatet og koordinering af produkterne.",
                        "More skills in the secretariat and coordination of the products.",
                        List.of("collaboration", "exchange", "organisation"),
                        List.of(
                                new MilestoneChange(
                                        null,
                                        "Proceskonsulent ansat",
                                        LocalDate.of(2022, 11, 30),
                                        1,
                                        null,
                                        "completed"),
                                new MilestoneChange(
                                        null,
                                        "Produktkoordinatorer for OS2forms, OS2display og OS2borgerPC",
                                        LocalDate.of(2023, 1, 31),
                                        1,
                                        null,
                                        "completed"),
                                new MilestoneChange(
                                        null, "IT-arkitekt ansat", LocalDate.of(2023, 9, 30), 1, null, "completed"),
                                new MilestoneChange(
                                        null, "Tilbuddet evalueret ved periodens afslutning", TO, 1, null, "planned")),
                        List.of(
                                new PlatformRef(PlatformRef.PRODUCT, "OS2forms"),
                                new PlatformRef(PlatformRef.PRODUCT, "OS2display"),
                                new PlatformRef(PlatformRef.PRODUCT, "OS2borgerPC"))),
                SECRETARIAT);
        update(
                initiatives,
                offering,
                LocalDate.of(2022, 11, 15),
                "Sekretariatet har ansat en proceskonsulent (november 2022).",
                null);
        update(
                initiatives,
                offering,
                LocalDate.of(2023, 1, 2),
                "Produktkoordinatorer er tilknyttet OS2forms, OS2display og OS2borgerPC fra januar 2023.",
                null);
        update(
                initiatives,
                offering,
                LocalDate.of(2023, 9, 1),
                "Sekretariatet har ansat en IT-arkitekt (september 2023).",
                null);

        initiatives.create(
                initiative(
                        period,
                        "Talentudvikling af nye produkter",
                        "Talent development of new products",
                        "Nye fælles produkter bringes ind i OS2 gennem onboarding.",
                        "New shared products are brought into OS2 through onboarding.",
                        List.of("open-source", "participation"),
                        List.of(
                                new MilestoneChange(null, "OS2compliance i onboarding", TO, 1, null, "in-progress"),
                                new MilestoneChange(null, "OS2korrespondance i onboarding", TO, 1, null, "in-progress"),
                                new MilestoneChange(null, "OS2-SkadesØkonomi i onboarding", TO, 1, null, "in-progress"),
                                new MilestoneChange(
                                        null,
                                        "SmartMail, FleetOptimiser og PlanCO2 på vej ind",
                                        TO,
                                        1,
                                        null,
                                        "planned")),
                        List.of(
                                new PlatformRef(PlatformRef.PRODUCT, "OS2compliance"),
                                new PlatformRef(PlatformRef.PRODUCT, "OS2korrespondance"),
                                new PlatformRef(PlatformRef.PRODUCT, "OS2-SkadesØkonomi"))),
                SECRETARIAT);

        initiatives.create(
                initiative(
                        period,
                        "OS2’s position i markedet",
                        "OS2’s position in the market",
                        "OS2’s rolle og synlighed over for medlemmer, leverandører og andre offentlige fællesskaber.",
                        "OS2’s role and visibility towards members, suppliers and other public communities.",
                        List.of("knowledge", "influence"),
                        List.of(),
                        List.of()),
                SECRETARIAT);
    }

    private static InitiativeChange initiative(
            StrategyPeriod period,
            String titleDa,
            String titleEn,
            String descriptionDa,
            String descriptionEn,
            List<String> missionPoints,
            List<MilestoneChange> milestones,
            List<PlatformRef> links) {
        return new InitiativeChange(
                period.id(),
                titleDa,
                titleEn,
                descriptionDa,
                descriptionEn,
                null,
                RESPONSIBLE,
                FROM,
                TO,
                1,
                missionPoints,
                "in-progress",
                null,
                milestones,
                links);
    }

    private static void update(
            InitiativeService initiatives, Initiative initiative, LocalDate date, String text, String status) {
        long version = initiatives.get(initiative.id()).orElseThrow().version();
        initiatives.postUpdate(
                initiative.id(), version, new NewProgressUpdate(date, text, status, null, List.of()), SECRETARIAT);
    }
}
