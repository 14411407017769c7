package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.message.OutboxAdmin;
import eu.os2.platform.api.message.OutboxEntry;
import eu.os2.platform.api.message.OutboxState;
import eu.os2.platform.api.payment.PaymentStandingService;
import eu.os2.platform.api.user.Invitation;
import eu.os2.platform.api.user.NewUser;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.user.UserService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The voting plugin tells people, in the booted distribution with demo data: calling an assembly
 * through REST writes one waiting notice per member representative to the outbox, in the call's
 * own transaction, each with its calendar invitation; and a demo member representative's home page
 * lists an open ballot until the organisation has voted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VotingNoticesIT {

    private static final String BASE = Distribution.base();
    private static final PlatformUser ADMIN =
            new PlatformUser(0, "it-voting-notices", "Integrationstest", Set.of(Role.ADMIN), null);

    @Inject
    BundleContext context;

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData("exam-voting-notices");
    }

    @Before
    public void demoAssembliesExist() throws Exception {
        Distribution.awaitHealthy(90);
        HttpSession s = session("demo-secretariat");
        for (int i = 0; i < 120; i++) {
            if (s.get("/api/v1/voting/assemblies").body().contains("Ordinær generalforsamling 2025")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo assemblies never appeared");
    }

    private static HttpSession session(String user) throws Exception {
        HttpSession s = new HttpSession(BASE);
        s.login(user, Distribution.DEMO_PASSWORD);
        return s;
    }

    private <T> T service(Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        assertTrue("no " + type.getSimpleName() + " service", reference != null);
        return context.getService(reference);
    }

    @Test
    public void callingAnAssemblyWritesOneWaitingNoticePerRepresentative() throws Exception {
        // representatives with an address: two for the first member, one each for four more
        UserService users = service(UserService.class);
        ServiceReference<PaymentStandingService> standingRef =
                context.getServiceReference(PaymentStandingService.class);
        Set<Long> withdrawn =
                standingRef == null ? Set.of() : context.getService(standingRef).treatedAsWithdrawn();
        List<Organisation> voters = service(MemberService.class).votingMembers().stream()
                .filter(o -> !withdrawn.contains(o.id()))
                .limit(5)
                .toList();
        assertEquals(5, voters.size());
        Set<Long> representatives = new HashSet<>();
        List<Long> organisations =
                new ArrayList<>(voters.stream().map(Organisation::id).toList());
        organisations.add(voters.get(0).id());
        int n = 0;
        for (long organisation : organisations) {
            n++;
            Invitation invitation = users.invite(
                    new NewUser(
                            "it-rep-" + n + "@kommune.example",
                            "Repræsentant " + n,
                            Set.of(Role.MEMBER_REPRESENTATIVE),
                            organisation),
                    ADMIN);
            representatives.add(users.acceptInvitation(invitation.token(), "Grøn-Hest-Lampe-Tromle-4711".toCharArray())
                    .id());
        }

        HttpSession secretariat = session("demo-secretariat");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String call = "{\"kind\":\"EXTRAORDINARY\",\"title\":\"Ekstraordinær generalforsamling om vedtægterne\","
                + "\"heldAt\":\"" + today.plusDays(20) + "T10:00:00\",\"place\":\"Online\",\"calledOn\":\"" + today
                + "\",\"proposalsDue\":\"" + today + "\",\"materialDue\":\"" + today.plusDays(1) + "\"}";
        HttpResponse<String> created =
                secretariat.send("POST", "/api/v1/voting/assemblies", call, "X-CSRF-Token", secretariat.csrfToken());
        assertEquals(created.body(), 201, created.statusCode());
        long assembly = Probe.number(created.body(), "^\\{\"id\":(\\d+)");

        OutboxAdmin outbox = service(OutboxAdmin.class);
        List<OutboxEntry> notices = outbox.list(null, "voting/assembly/" + assembly, 10_000).stream()
                .filter(e -> e.kind().equals("voting.assembly-called"))
                .toList();
        Set<Long> recipients =
                notices.stream().map(OutboxEntry::recipientUserId).collect(Collectors.toSet());
        assertEquals("one notice per representative: " + notices, recipients.size(), notices.size());
        assertTrue(
                "every invited representative has the notice: " + recipients, recipients.containsAll(representatives));
        for (OutboxEntry e : notices) {
            assertTrue(e.toString(), e.subject().contains("Ekstraordinær generalforsamling om vedtægterne"));
            assertTrue(
                    e.toString(),
                    e.attachments().contains("generalforsamling.ics")
                            || e.attachments().contains("general-assembly.ics"));
            if (!outbox.sending()) {
                assertEquals(e.toString(), OutboxState.WAITING, e.state());
            }
        }
        // the secretariat reads the same through the API
        HttpResponse<String> listed = secretariat.get("/api/v1/outbox?limit=100&q=voting/assembly/" + assembly);
        assertEquals(listed.body(), 200, listed.statusCode());
        assertTrue(listed.body(), listed.body().contains("voting.assembly-called"));
    }

    @Test
    public void aDemoRepresentativesHomePageListsAnOpenBallotUntilTheOrganisationHasVoted() throws Exception {
        HttpSession secretariat = session("demo-secretariat");
        String csrf = secretariat.csrfToken();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String call = "{\"kind\":\"EXTRAORDINARY\",\"title\":\"Ekstraordinær generalforsamling om kontingent\","
                + "\"heldAt\":\"" + today.plusDays(21) + "T14:00:00\",\"place\":\"Online\",\"calledOn\":\"" + today
                + "\",\"proposalsDue\":\"" + today + "\",\"materialDue\":\"" + today.plusDays(1) + "\"}";
        HttpResponse<String> created =
                secretariat.send("POST", "/api/v1/voting/assemblies", call, "X-CSRF-Token", csrf);
        assertEquals(created.body(), 201, created.statusCode());
        long assembly = Probe.number(created.body(), "^\\{\"id\":(\\d+)");
        // the called assembly ahead and the registration not yet done are on the member's home page
        HttpSession member = session("demo-member");
        HttpResponse<String> called = member.get("/api/v1/attention");
        assertEquals(called.body(), 200, called.statusCode());
        assertTrue(
                called.body(),
                called.body().contains("\"link\":\"#/voting/assembly/" + assembly + "\"")
                        && called.body().contains("Tilmeld jeres repræsentant til Ekstraordinær generalforsamling om"));
        HttpResponse<String> item = secretariat.send(
                "POST",
                "/api/v1/voting/assemblies/" + assembly + "/items",
                "{\"title\":\"Kontingent for næste år\",\"decisionType\":\"ORDINARY\"}",
                "X-CSRF-Token",
                csrf);
        assertEquals(item.body(), 201, item.statusCode());
        long itemId = Probe.number(item.body(), "^\\{\"id\":(\\d+)");
        HttpResponse<String> ballot = secretariat.send(
                "POST",
                "/api/v1/voting/assemblies/" + assembly + "/ballots",
                "{\"kind\":\"YES_NO\",\"decisionType\":\"ORDINARY\",\"title\":\"Kontingent for næste år\",\"seats\":0,"
                        + "\"options\":[],\"itemId\":" + itemId + "}",
                "X-CSRF-Token",
                csrf);
        assertEquals(ballot.body(), 201, ballot.statusCode());
        long id = Probe.number(ballot.body(), "^\\{\"id\":(\\d+)");
        String link = "#/voting/assembly/" + assembly + "?ballot=" + id;

        assertFalse(member.get("/api/v1/attention").body().contains(link));
        assertEquals(
                200,
                secretariat
                        .send("POST", "/api/v1/voting/ballots/" + id + "/open", "", "X-CSRF-Token", csrf)
                        .statusCode());
        HttpResponse<String> home = member.get("/api/v1/attention");
        assertEquals(home.body(), 200, home.statusCode());
        assertTrue(home.body(), home.body().contains(link) && home.body().contains("Kontingent for næste år"));

        assertEquals(
                204,
                member.send(
                                "POST",
                                "/api/v1/voting/assemblies/" + assembly + "/attendance",
                                "{}",
                                "X-CSRF-Token",
                                member.csrfToken())
                        .statusCode());
        HttpResponse<String> vote = member.send(
                "POST",
                "/api/v1/voting/ballots/" + id + "/votes",
                "{\"choice\":[\"YES\"]}",
                "X-CSRF-Token",
                member.csrfToken());
        assertEquals(vote.body(), 201, vote.statusCode());
        String after = member.get("/api/v1/attention").body();
        assertFalse(after, after.contains(link));
    }
}
