package eu.os2.platform.payments.internal.demo;

import eu.os2.platform.api.member.DirectoryReady;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.payment.TierPrice;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.payments.internal.economy.EconomyService;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.Municipalities;
import eu.os2.platform.payments.internal.population.PopulationService;
import eu.os2.platform.payments.internal.run.InvoiceRunService;
import eu.os2.platform.payments.internal.subscription.SubscriptionService;
import eu.os2.platform.payments.internal.tariff.TariffService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Demo mode (the platform's {@code etc/eu.os2.platform.demo.cfg}): when on and no tariff version
 * exists yet, the payment model is entered through the services as the secretariat would, once the
 * demo member directory is in place:
 *
 * <ul>
 *   <li>population on 1 January 2020 for the 98 municipalities (the platform's own list; newer
 *       figures are imported from Danmarks Statistik in production);</li>
 *   <li>"Takster 2023" (the facts: DKK 25,000, partners free, OS2valghalla 3.0's prices) and
 *       "Takster 2026", indexed from 2025 as the 2025 assembly decided, with an illustrative index
 *       series (2025 = 100.0, 2026 = 102.5; KL's real index values are entered by the secretariat);</li>
 *   <li>three more products priced with OS2valghalla's tier prices as a template, a 5 % contribution
 *       rate (the real rate is not public), and a draft for 2027 for what-if;</li>
 *   <li>synthetic billing details and subscriptions for the members, 2025 and 2026 invoiced, a few
 *       ledger entries and payment standings.</li>
 * </ul>
 */
@Component(
        configurationPid = "eu.os2.platform.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
public class DemoPayments {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(0, "demo-secretariat", "Demo Sekretariat", Set.of(Role.SECRETARIAT), null);
    static final List<String> PRODUCTS = List.of("OS2valghalla", "OS2forms", "OS2display", "OS2borgerPC");

    private static final Logger LOG = LoggerFactory.getLogger(DemoPayments.class);

    @interface Config {
        boolean enabled() default false;
    }

    /** The areas the demo enters its data through, as the secretariat would. */
    record Areas(
            TariffService tariffs,
            PopulationService population,
            SubscriptionService subscriptions,
            InvoiceRunService runs,
            EconomyService economy,
            PaymentStandingService standing,
            MemberService members) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "os2-demo-payments");
        t.setDaemon(true);
        return t;
    });

    /** Activated once the demo member directory is in place ({@link DirectoryReady}); creates the data on its own executor. */
    @Activate
    public DemoPayments(
            @Reference TariffService tariffs,
            @Reference PopulationService population,
            @Reference SubscriptionService subscriptions,
            @Reference InvoiceRunService runs,
            @Reference EconomyService economy,
            @Reference PaymentStandingService standing,
            @Reference MemberService members,
            @Reference DirectoryReady directory,
            Config config) {
        if (!config.enabled() || !tariffs.tariffs().isEmpty()) {
            return;
        }
        Areas areas = new Areas(tariffs, population, subscriptions, runs, economy, standing, members);
        executor.execute(() -> {
            try {
                if (awaitProducts(tariffs)) {
                    create(areas);
                }
            } catch (RuntimeException e) {
                LOG.error("Demo mode: the payment demo data could not be created", e);
            }
        });
    }

    @Deactivate
    void deactivate() {
        // interrupts the bounded wait for the registry's products; the data is entered through the services
        executor.shutdownNow();
    }

    /**
     * Tariffs price registered products when a product registry is there, and the registry's demo
     * fills it on a thread of its own: waits, bounded, until it knows the demo's products. Without a
     * registry after 20 s the demo goes on (any product name goes then).
     *
     * @return false when the wait was interrupted (the component was deactivated)
     */
    static boolean awaitProducts(TariffService tariffs) {
        try {
            for (long waited = 0; waited < 120_000; waited += 500) {
                Optional<List<String>> registered = tariffs.registeredProducts();
                if (registered.isPresent() ? registered.get().containsAll(PRODUCTS) : waited >= 20_000) {
                    return true;
                }
                Thread.sleep(500);
            }
            LOG.warn("Demo mode: the product registry does not know {} after 120 s", PRODUCTS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Creates the demo payment model. */
    static void create(Areas areas) {
        TariffService tariffs = areas.tariffs();
        areas.population().importPopulation(ownList(), "Platformens liste, 1. januar 2020", SECRETARIAT);
        areas.population().setIndex(2025, new BigDecimal("100.0"), SECRETARIAT);
        areas.population().setIndex(2026, new BigDecimal("102.5"), SECRETARIAT);

        List<ProductTariff> products = PRODUCTS.stream().map(p -> product(p, 0)).toList();
        TariffVersion t2023 = tariffs.createDraft(
                new TariffChange(
                        "Takster 2023",
                        LocalDate.of(2023, 1, 1),
                        null,
                        null,
                        Money.kroner(25_000),
                        null,
                        Money.ZERO,
                        products),
                SECRETARIAT);
        tariffs.adopt(t2023.id(), t2023.version(), "decision:GF-2022 kontingent og betalingsmodel", SECRETARIAT);
        TariffVersion t2026 = tariffs.createDraft(
                new TariffChange(
                        "Takster 2026",
                        LocalDate.of(2026, 1, 1),
                        null,
                        null,
                        Money.kroner(25_000),
                        2025,
                        Money.ZERO,
                        products),
                SECRETARIAT);
        tariffs.adopt(t2026.id(), t2026.version(), "decision:GF-2025 indeksering af kontingent", SECRETARIAT);
        tariffs.createDraft(
                new TariffChange(
                        "Forslag til takster 2027",
                        LocalDate.of(2027, 1, 1),
                        null,
                        null,
                        Money.kroner(25_000),
                        2025,
                        Money.ZERO,
                        List.of(
                                product("OS2valghalla", 0),
                                product("OS2forms", 0),
                                product("OS2display", 10),
                                product("OS2borgerPC", -5))),
                SECRETARIAT);

        List<Organisation> all = areas.members()
                .search(new MemberQuery(null, null, null, false, 0, MemberQuery.MAX_LIMIT))
                .items();
        int index = 0;
        for (Organisation o : all) {
            if (o.ean() == null || o.membership() == null || o.kind() == OrganisationKind.SUPPLIER_PARTNER) {
                continue;
            }
            areas.subscriptions().saveBilling(o.id(), 0, billing(o), SECRETARIAT);
            if (o.kind() == OrganisationKind.MUNICIPALITY && o.isActiveMember()) {
                subscribe(areas.subscriptions(), o, index++);
            }
        }
        areas.runs().runNow(2025, SECRETARIAT, done -> {});
        areas.runs().runNow(2026, SECRETARIAT, done -> {});
        EconomyService economy = areas.economy();
        economy.record(2025, "RESERVE_OPENING", Money.kroner(1_200_000), "Egenkapital primo 2025 (demo)", SECRETARIAT);
        for (int year : new int[] {2025, 2026}) {
            economy.record(
                    year,
                    "OTHER_INCOME",
                    Money.kroner(year == 2025 ? 45_000 : 60_000),
                    "Konferencer og arrangementer (demo)",
                    SECRETARIAT);
            economy.record(
                    year,
                    "EXPENSES",
                    Money.kroner(year == 2025 ? 1_850_000 : 1_950_000),
                    "Sekretariat og drift (demo)",
                    SECRETARIAT);
        }
        all.stream()
                .filter(Organisation::isActiveMember)
                .limit(3)
                .forEach(o -> areas.standing()
                        .record(o.id(), PaymentStanding.PAID, "Faktura for 2026 betalt (demo)", SECRETARIAT));
        all.stream()
                .filter(o -> o.isActiveMember() && o.kind() == OrganisationKind.MUNICIPALITY)
                .skip(10)
                .limit(1)
                .forEach(o -> areas.standing()
                        .record(o.id(), PaymentStanding.REMINDED, "Rykker sendt for 2026 (demo)", SECRETARIAT));
        LOG.info("Demo mode: created the payment model, subscriptions and invoices for 2025 and 2026");
    }

    /** OS2valghalla 3.0's prices (2023), changed by a percentage for the draft; the other products use them as a template. */
    static ProductTariff product(String name, int percentChange) {
        long[][] prices = {
            {23_980, 29_700, 35_000}, {34_880, 43_200, 70_000}, {45_780, 56_700, 190_000}, {56_680, 70_200, 350_000}
        };
        Map<SizeTier, TierPrice> byTier = new EnumMap<>(SizeTier.class);
        for (SizeTier tier : SizeTier.values()) {
            long[] p = prices[tier.ordinal()];
            BigDecimal factor = BigDecimal.valueOf(100 + percentChange);
            byTier.put(
                    tier,
                    new TierPrice(
                            Money.kroner(p[0]).times(factor, BigDecimal.valueOf(100)),
                            Money.kroner(p[1]).times(factor, BigDecimal.valueOf(100)),
                            Money.kroner(p[2])));
        }
        return new ProductTariff(name, byTier, 1, 3, new BigDecimal("5"));
    }

    private static BillingDetails billing(Organisation o) {
        String place = o.name().replace(" Kommune", "");
        int code = o.municipalityCode() == null ? 999 : o.municipalityCode();
        SizeTier manual = o.kind() == OrganisationKind.MUNICIPALITY
                ? null
                : o.kind() == OrganisationKind.REGION ? SizeTier.VERY_LARGE : SizeTier.LARGE;
        String reason = manual == null
                ? null
                : o.kind() == OrganisationKind.REGION
                        ? "region med over 1 mio. indbyggere (demo)"
                        : "landsdækkende fællesoffentlig organisation (demo)";
        return new BillingDetails(
                o.id(),
                "OS2-" + code,
                "Økonomi, " + place,
                "Rådhusvej " + (1 + code % 40),
                Integer.toString(1000 + code),
                place,
                manual,
                reason,
                0);
    }

    private static void subscribe(SubscriptionService subscriptions, Organisation o, int index) {
        // every member uses 1-3 products; a few joined a product this year; every fifth is passive in one
        for (int p = 0; p < PRODUCTS.size(); p++) {
            if (p == index % PRODUCTS.size()
                    || (index % 3 == 0 && p == (index + 1) % PRODUCTS.size())
                    || ("Ballerup Kommune".equals(o.name()) && p < 2)) {
                LocalDate from = index % 7 == 3 && p == index % PRODUCTS.size()
                        ? LocalDate.of(2026, 3, 1)
                        : LocalDate.of(2021, 1, 1);
                subscriptions.subscribe(
                        o.id(), PRODUCTS.get(p), from, index % 5 == 4 && p == index % PRODUCTS.size(), SECRETARIAT);
            }
        }
    }

    private static String ownList() {
        try (InputStream in = DemoPayments.class.getResourceAsStream(Municipalities.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
