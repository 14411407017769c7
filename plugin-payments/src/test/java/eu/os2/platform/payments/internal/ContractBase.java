package eu.os2.platform.payments.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.payments.internal.model.Fixtures;
import eu.os2.platform.testing.RecordingAuditLog;
import eu.os2.platform.testing.RecordingEventAdmin;
import eu.os2.platform.testing.TestDatabases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/**
 * The payments components on a real database with the plugin's real changelog, set up with 40
 * municipalities, a supplier partner, the adopted 2023 tariff, billing details, the 2020 population
 * and two subscriptions; the audit log refuses an entry made outside the change's transaction.
 */
abstract class ContractBase {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(2, "sekretariat", "Sekretariatet", Set.of(Role.SECRETARIAT), null);
    static final int MEMBERS = 40;

    abstract DataSource database() throws Exception;

    RecordingAuditLog audit;
    RecordingEventAdmin events;
    Payments service;
    List<Organisation> organisations;
    TariffVersion adopted;

    @BeforeEach
    void setUp() throws Exception {
        organisations = new ArrayList<>();
        for (long id = 1; id <= MEMBERS; id++) {
            // municipality codes 101, 147, 151, … from the bundled list
            int code = List.copyOf(eu.os2.platform.payments.internal.model.Municipalities.get()
                            .all()
                            .keySet())
                    .get((int) id - 1);
            organisations.add(new Organisation(
                    id,
                    "2918838" + (id % 10),
                    "5798000000155",
                    "Kommune " + id,
                    OrganisationKind.MUNICIPALITY,
                    code,
                    null,
                    null,
                    null,
                    new Membership(LocalDate.of(2015, 1, 1), MembershipStatus.ACTIVE),
                    1));
        }
        organisations.add(new Organisation(
                99,
                "12345674",
                null,
                "Nordlys Software ApS",
                OrganisationKind.SUPPLIER_PARTNER,
                null,
                null,
                null,
                null,
                new Membership(LocalDate.of(2016, 1, 1), MembershipStatus.ACTIVE),
                1));
        MemberService members = mock(MemberService.class);
        when(members.search(any(MemberQuery.class))).thenAnswer(inv -> {
            MemberQuery q = inv.getArgument(0);
            List<Organisation> page = organisations.subList(
                    Math.min(q.offset(), organisations.size()), Math.min(q.offset() + q.limit(), organisations.size()));
            return new MemberPage(page, organisations.size(), q.offset(), q.limit());
        });
        when(members.get(anyLong()))
                .thenAnswer(inv -> organisations.stream()
                        .filter(o -> o.id() == (long) inv.getArgument(0))
                        .findFirst());
        DataSource database = database();
        // an audit entry made outside the change's transaction fails the test
        audit = RecordingAuditLog.inTransactionsOf(database);
        events = new RecordingEventAdmin();
        service = new Payments(
                database, members, audit, TestDatabases.clockAt("2026-01-15T09:00:00Z"), events, new TestConfig());
        TariffVersion draft = service.createDraft(Fixtures.tariff2023(), SECRETARIAT);
        adopted = service.adopt(draft.id(), draft.version(), "decision:GF-2022-6", SECRETARIAT);
        for (Organisation o : organisations) {
            if (o.kind() == OrganisationKind.MUNICIPALITY) {
                service.saveBilling(o.id(), 0, Fixtures.billing(o.id()), SECRETARIAT);
            }
        }
        service.importPopulation(
                new String(
                        getClass()
                                .getResourceAsStream("/demo/municipalities-2020Q1.csv")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8),
                "test",
                SECRETARIAT);
        service.subscribe(1, "OS2valghalla", LocalDate.of(2026, 3, 1), false, SECRETARIAT);
        service.subscribe(2, "OS2valghalla", LocalDate.of(2020, 1, 1), true, SECRETARIAT);
    }

    DataSource shared;

    DataSource sameDatabase() {
        return shared;
    }
}
