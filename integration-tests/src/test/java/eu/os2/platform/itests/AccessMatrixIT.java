package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Who may call what, for every REST endpoint of every platform bundle (and the example partner
 * bundle), in one booted platform with demo data: each endpoint is called as anonymous, as each of
 * the six demo roles, and, where a rule about a particular object applies, as Ballerup's member
 * representative acting on another organisation (Aarhus) or on a product it does not coordinate.
 *
 * <p>The expected outcome is the {@link #TABLE}. {@code ALLOW} means "not refused by access": any
 * status but 401 and 403 (and below 500). The calls are made so that they pass or fail the access
 * rules without changing the demo data: ids that do not exist (999999) where the object does not
 * matter, real ids where it does, bodies that are incomplete (400/404/409/412/422 are fine), and a
 * wrong {@code If-Match}. State-changing calls carry the session's CSRF token, so a 403 is the
 * access rule's and not the CSRF check's. Logout, which does change something, runs last.
 *
 * <p>The table must name exactly the endpoints the resource classes declare: they are read with
 * ArchUnit as {@link ResourceAccessRulesTest} reads them, and an endpoint missing from the table
 * (or a row for one that no longer exists) fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    /**
     * The expected outcome per endpoint and caller. Columns: anonymous, demo-admin,
     * demo-secretariat, demo-board, demo-member (Ballerup's representative, acting for Ballerup or
     * on the product it coordinates), demo-partner (Nordlys Software ApS), demo-viewer, and
     * demo-member acting on another organisation (Aarhus) or another coordinator's product; "-"
     * where that does not apply. A row may carry a [variant] when one path template does several
     * things with different rules. 404 is a refusal that hides the object (someone else's invoice).
     */
    static final String TABLE = """
            # method path                                              variant               anon  admin secr  board member partner viewer other

            # ---- web console: health, sign-in, console, people, member directory
            GET    /api/v1/health                                                            ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/auth/login                                                        ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/auth/me                                                           401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/auth/invitation                                                   ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/auth/invitation/accept                                            ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/auth/options                                                      ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/openapi.json                                                      ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/auth/oidc/start                                                   ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/auth/oidc/callback                                                ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/auth/logout                                                       401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/console/menu                                                      401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/console/bundles                                                   401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/users                                                             401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/users/{id}                                                        401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/users                                                             401   ALLOW ALLOW 403   403    403     403    -
            PUT    /api/v1/users/{id}                                                        401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/users/{id}/deactivate                                             401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/users/{id}/reactivate                                             401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/users/{id}/invitation                                             401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/members                                                           401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/members/{id}                                                      401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/members.csv                                                       401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/members                                                           401   ALLOW ALLOW 403   403    403     403    -
            PUT    /api/v1/members/{id}                                                      401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/outbox                                                            401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/outbox/status                                                     401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/outbox/{id}                                                       401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/outbox/{id}/resend                                                401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/admin/backup                                                      401   ALLOW 403   403   403    403     403    -
            GET    /api/v1/admin/consistency                                                 401   ALLOW 403   403   403    403     403    -
            GET    /api/v1/me/messages                                                       401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            PUT    /api/v1/me/messages                                                       401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/attention                                                         401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/calendar/subscription                                             401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/calendar/subscription                                             401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            DELETE /api/v1/calendar/subscription                                             401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/calendar/feed/{token}.ics                                         ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -

            # ---- partner plugins: the admin's page and everyone's catalogue
            GET    /api/v1/partner-plugins                                                   401   ALLOW 403   403   403    403     403    -
            GET    /api/v1/partner-plugins/catalogue                                         401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/partner-plugins/{symbolicName}                                    401   ALLOW 403   403   403    403     403    -
            POST   /api/v1/partner-plugins                                                   401   ALLOW 403   403   403    403     403    -
            POST   /api/v1/partner-plugins/{symbolicName}/start                              401   ALLOW 403   403   403    403     403    -
            POST   /api/v1/partner-plugins/{symbolicName}/stop                               401   ALLOW 403   403   403    403     403    -
            POST   /api/v1/partner-plugins/{symbolicName}/rollback                           401   ALLOW 403   403   403    403     403    -
            DELETE /api/v1/partner-plugins/{symbolicName}                                    401   ALLOW 403   403   403    403     403    -

            # ---- the example partner bundle
            GET    /api/v1/plugins/hello/greeting                                            401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/plugins/hello/greeting/voting-members                             401   ALLOW ALLOW 403   403    403     403    -

            # ---- strategy and initiatives
            GET    /api/v1/initiatives/statuses                                              ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/initiatives/mission-points                                        ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/initiatives/names                                                 401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/initiatives/public/strategy                                       ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/initiatives/periods                                               401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/initiatives/periods/{id}                                          401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/initiatives/periods                                               401   ALLOW ALLOW 403   403    403     403    -
            PUT    /api/v1/initiatives/periods/{id}                                          401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/initiatives                                                       401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/initiatives/{id}                                                  401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/initiatives                                                       401   ALLOW ALLOW 403   403    403     403    -
            PUT    /api/v1/initiatives/{id}                                                  401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/initiatives/{id}/updates                                          401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/initiatives/{id}/updates                                          401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/initiatives/{id}/history                                          401   ALLOW ALLOW ALLOW 403    403     403    -

            # ---- payment model
            GET    /api/v1/payments/tariffs                                                  401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/payments/products                                                 401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/payments/tariffs/{id}                                             401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/payments/tariffs                                                  401   ALLOW ALLOW 403   403    403     403    -
            PUT    /api/v1/payments/tariffs/{id}                                             401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/payments/tariffs/{id}/adopt                                       401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/payments/tariffs/{id}/what-if                                     401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/index                                                    401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            PUT    /api/v1/payments/index/{year}                                             401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/payments/population                                               401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/payments/population                                               401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/payments/organisations/{id}/billing                               401   ALLOW ALLOW ALLOW ALLOW  403     403    403
            PUT    /api/v1/payments/organisations/{id}/billing                               401   ALLOW ALLOW 403   403    403     403    403
            GET    /api/v1/payments/organisations/{id}/subscriptions                         401   ALLOW ALLOW ALLOW ALLOW  403     403    403
            POST   /api/v1/payments/organisations/{id}/subscriptions                         401   ALLOW ALLOW 403   403    403     403    403
            PUT    /api/v1/payments/subscriptions/{id}                                       401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/payments/organisations/{id}/fees                                  401   ALLOW ALLOW ALLOW ALLOW  403     403    403
            GET    /api/v1/payments/organisations/{id}/invoices                              401   ALLOW ALLOW ALLOW ALLOW  403     403    403
            GET    /api/v1/payments/organisations/{id}/standing                              401   ALLOW ALLOW ALLOW ALLOW  403     403    403
            POST   /api/v1/payments/organisations/{id}/standing                              401   ALLOW ALLOW 403   403    403     403    403
            GET    /api/v1/payments/standings                                                401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/fees                                                     401   ALLOW ALLOW ALLOW 403    403     403    -
            POST   /api/v1/payments/runs                                                     401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/payments/runs                                                     401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/runs/{id}                                                401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/invoices                                                 401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/invoices.csv                                             401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/fees.csv                                                 401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/tariffs/{id}/what-if.csv                                 401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/payments/invoices/{id}                                            401   ALLOW ALLOW ALLOW ALLOW  404     403    404
            GET    /api/v1/payments/invoices/{id}/xml                                        401   ALLOW ALLOW ALLOW ALLOW  404     403    404
            GET    /api/v1/payments/invoices/{id}.pdf                                        401   ALLOW ALLOW ALLOW ALLOW  404     403    404
            POST   /api/v1/payments/invoices/{id}/credit-note                                401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/payments/economy                                                  401   ALLOW ALLOW ALLOW 403    403     403    -
            POST   /api/v1/payments/ledger                                                   401   ALLOW ALLOW 403   403    403     403    -

            # ---- general assemblies and voting (an administrator holds the representative's role for
            #      the role check, but a member's own act — proposal, request, vote — needs the role as such)
            GET    /api/v1/voting/statutes                                                   ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/ballots/{id}/board                                         ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/ballots/{id}/verify                                        ALLOW ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/assemblies                                                 401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/assemblies/{id}                                            401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/voting/assemblies                                                 401   ALLOW ALLOW 403   403    403     403    -
            PUT    /api/v1/voting/assemblies/{id}                                            401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/voting/assemblies/{id}/items                                      401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/voting/assemblies/{id}/proposals                                  401   403   403   403   ALLOW  403     403    -
            GET    /api/v1/voting/assemblies/{id}/registrations                              401   ALLOW ALLOW ALLOW 403    403     403    -
            POST   /api/v1/voting/assemblies/{id}/registrations                              401   ALLOW ALLOW 403   ALLOW  403     403    403
            POST   /api/v1/voting/assemblies/{id}/attendance                                 401   ALLOW ALLOW 403   ALLOW  403     403    403
            DELETE /api/v1/voting/assemblies/{id}/attendance/{organisation}                  401   ALLOW ALLOW 403   ALLOW  403     403    403
            POST   /api/v1/voting/assemblies/{id}/proxies                                    401   ALLOW ALLOW 403   ALLOW  403     403    403
            POST   /api/v1/voting/requests                                                   401   403   403   403   ALLOW  403     403    -
            GET    /api/v1/voting/requests                                                   401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/voting/assemblies/{id}/ballots                                    401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/voting/ballots/{id}                                               401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/voting/ballots/{id}/open                                          401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/voting/ballots/{id}/close                                         401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/voting/ballots/{id}/votes                                         401   403   403   403   ALLOW  403     403    403
            GET    /api/v1/voting/ballots/{id}/turnout                                       401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/voting/ballots/{id}/result                                        401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/decisions                                                  401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/assemblies/{id}/minutes                                    401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/assemblies/{id}/participation                              401   403   403   403   ALLOW  403     403    -
            PUT    /api/v1/voting/assemblies/{id}/minutes                                    401   ALLOW ALLOW 403   403    403     403    -
            GET    /api/v1/voting/assemblies/{id}/minutes.pdf                                401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/assemblies/{id}/minutes/document                           401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/voting/assemblies/{id}/documents                                  401   ALLOW ALLOW ALLOW ALLOW  403     ALLOW  -
            GET    /api/v1/voting/assemblies/{id}/documents/{documentId}                     401   ALLOW ALLOW ALLOW ALLOW  403     ALLOW  -
            POST   /api/v1/voting/assemblies/{id}/agenda/{itemId}/documents                  401   ALLOW ALLOW 403   403    403     403    -
            DELETE /api/v1/voting/assemblies/{id}/documents/{documentId}                     401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/voting/assemblies/{id}/material                                   401   ALLOW ALLOW 403   403    403     403    -

            # ---- products and onboarding (demo-member coordinates OS2forms; "other" is a product it does not coordinate)
            GET    /api/v1/onboarding/criteria                                               401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/onboarding/products                                               401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/onboarding/levels                                                 401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            GET    /api/v1/onboarding/products/{id}                                          401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            POST   /api/v1/onboarding/products                                               401   ALLOW ALLOW 403   ALLOW  403     403    403
            PUT    /api/v1/onboarding/products/{id}                                          401   ALLOW ALLOW 403   ALLOW  403     403    403
            POST   /api/v1/onboarding/products/{id}/advance                                  401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/onboarding/products/{id}/exceptions                               401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/onboarding/products/{id}/publiccode                               401   ALLOW ALLOW 403   ALLOW  403     403    403
            POST   /api/v1/onboarding/products/{id}/publiccode/fetch                         401   ALLOW ALLOW 403   ALLOW  403     403    403
            GET    /api/v1/onboarding/products/{id}/assessments/{round}                      401   ALLOW ALLOW ALLOW ALLOW  ALLOW   ALLOW  -
            PUT    /api/v1/onboarding/products/{id}/assessments/{round}                      401   ALLOW ALLOW 403   ALLOW  403     403    403
            POST   /api/v1/onboarding/assessments/{id}/{action}        [submit]              401   ALLOW ALLOW 403   ALLOW  403     403    403
            POST   /api/v1/onboarding/assessments/{id}/{action}        [evaluate]            401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/onboarding/assessments/{id}/{action}        [review]              401   ALLOW ALLOW ALLOW 403    403     403    -
            POST   /api/v1/onboarding/assessments/{id}/{action}        [decide-level-1]      401   ALLOW ALLOW 403   403    403     403    -
            POST   /api/v1/onboarding/assessments/{id}/{action}        [decide-level-2]      401   ALLOW 403   ALLOW 403    403     403    -
            GET    /api/v1/onboarding/review-queue                                           401   ALLOW ALLOW ALLOW 403    403     403    -
            GET    /api/v1/onboarding/reminders                                              401   ALLOW ALLOW ALLOW 403    403     403    -
            """;

    /** The bundles whose resource classes are walked (as in {@link ResourceAccessRulesTest}). */
    private static final List<String> BUNDLES = List.of(
            "web-console",
            "plugin-initiatives",
            "plugin-payments",
            "plugin-voting",
            "plugin-onboarding",
            "plugin-host",
            "partner-hello");

    private static final String API = "/api/v1";
    private static final String NONE = "999999";
    private static final String WRONG_VERSION = "\"999999\"";
    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /** The callers, in the table's column order. */
    enum Caller {
        ANONYMOUS(null),
        ADMIN("demo-admin"),
        SECRETARIAT("demo-secretariat"),
        BOARD("demo-board"),
        MEMBER("demo-member"),
        PARTNER("demo-partner"),
        VIEWER("demo-viewer"),
        MEMBER_OTHER_ORGANISATION("demo-member");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** An expected outcome: ALLOW, or the refusal's status. */
    record Expect(String token) {
        boolean allow() {
            return token.equals("ALLOW");
        }

        boolean applies() {
            return !token.equals("-");
        }

        int status() {
            return Integer.parseInt(token);
        }
    }

    /** One table row: an endpoint (method and path template), an optional variant, what each caller gets. */
    record Row(String method, String template, String variant, Map<Caller, Expect> expected) {
        String endpoint() {
            return method + " " + template;
        }

        String name() {
            return endpoint() + (variant == null ? "" : " [" + variant + "]");
        }
    }

    /**
     * How a row is called: the concrete path (with ${name} placeholders for the demo data's ids)
     * and body for the own-organisation callers, and for the other-organisation column.
     */
    record Call(String path, String contentType, String body, String otherPath, String otherBody) {
        /** @return this call, and for the other-organisation column the same method at another path (and with another body) */
        Call other(String path, String body) {
            return new Call(this.path, contentType, this.body, path, this.body == null ? null : body);
        }
    }

    private RunningDistribution platform;
    private Path deployedPartnerBundle;
    private final Map<Caller, HttpSession> sessions = new EnumMap<>(Caller.class);
    private final Map<String, String> ids = new HashMap<>();
    private long started;

    @BeforeAll
    void startPlatformWithThePartnerBundle() throws Exception {
        started = System.nanoTime();
        platform = RunningDistribution.start();
        Path partnerBundle = Path.of(System.getProperty("os2.partner.bundle", "target/bundles/partner-hello.jar"));
        // the production default is trust mode enforce: the admin allow-lists the partner's jar first
        PluginJars.allowList(
                unpackedHome().resolve("etc/os2-plugin-allowlist.txt"),
                "eu.example.partner.hello",
                Files.readAllBytes(partnerBundle));
        deployedPartnerBundle = unpackedHome().resolve("deploy").resolve("access-matrix-partner-hello.jar");
        Files.copy(partnerBundle, deployedPartnerBundle, StandardCopyOption.REPLACE_EXISTING);
        for (Caller caller : Caller.values()) {
            HttpSession session = new HttpSession(platform.base);
            if (caller.username != null) {
                HttpResponse<String> login = session.loginWhenReady(caller.username, Distribution.DEMO_PASSWORD);
                assertThat(login.statusCode())
                        .as("login of %s: %s", caller.username, login.body())
                        .isEqualTo(200);
            }
            sessions.put(caller, session);
        }
        HttpSession admin = sessions.get(Caller.ADMIN);
        assertThat(admin.awaitOk("/api/v1/plugins/hello/greeting", 60))
                .as("the partner bundle's endpoint: %s", admin.lastProblem())
                .isEqualTo(200);
        awaitDemoData(admin);
    }

    @AfterAll
    void stopPlatform() throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            if (deployedPartnerBundle != null) {
                Files.deleteIfExists(deployedPartnerBundle); // the next test class boots the same home
            }
        }
    }

    /** Waits for the demo data the calls need and reads its ids. */
    private void awaitDemoData(HttpSession admin) throws Exception {
        ids.putAll(DemoIds.read(admin));
    }

    // ---- how each row is called

    /**
     * The calls that need more than the default (every path parameter 999999, or 2099 for a year, the
     * current round; an empty JSON object or an empty text as body).
     */
    private static Map<String, Call> calls() {
        Map<String, Call> c = new LinkedHashMap<>();
        // web console: the user and the organisation exist, so an allowed read answers 200
        c.put("GET /api/v1/users/{id}", get("/api/v1/users/${user}"));
        c.put("GET /api/v1/members/{id}", get("/api/v1/members/${ballerup}"));
        c.put("POST /api/v1/auth/login", json("/api/v1/auth/login", "{\"username\":\"\",\"password\":\"\"}"));

        c.put("POST /api/v1/payments/ledger", json("/api/v1/payments/ledger", "{\"account\":\"NO-SUCH-ACCOUNT\"}"));

        c.put("GET /api/v1/initiatives/periods/{id}", get("/api/v1/initiatives/periods/${period}"));
        c.put("GET /api/v1/initiatives/{id}", get("/api/v1/initiatives/${initiative}"));
        c.put("GET /api/v1/initiatives/{id}/updates", get("/api/v1/initiatives/${initiative}/updates"));
        c.put("GET /api/v1/initiatives/{id}/history", get("/api/v1/initiatives/${initiative}/history"));

        c.put("GET /api/v1/payments/tariffs/{id}", get("/api/v1/payments/tariffs/${tariff}"));
        c.put(
                "GET /api/v1/payments/tariffs/{id}/what-if",
                get("/api/v1/payments/tariffs/${tariff}/what-if?year=${year}"));
        c.put("GET /api/v1/payments/fees", get("/api/v1/payments/fees?year=${year}"));
        c.put("GET /api/v1/payments/runs/{id}", get("/api/v1/payments/runs/${run}"));
        c.put("GET /api/v1/payments/invoices", get("/api/v1/payments/invoices?year=${year}"));
        c.put("GET /api/v1/payments/invoices.csv", get("/api/v1/payments/invoices.csv?year=${year}"));
        c.put("GET /api/v1/payments/fees.csv", get("/api/v1/payments/fees.csv?year=${year}"));
        c.put(
                "GET /api/v1/payments/tariffs/{id}/what-if.csv",
                get("/api/v1/payments/tariffs/${tariff}/what-if.csv?year=${year}"));
        for (String what : List.of("billing", "subscriptions", "invoices", "standing")) {
            c.put(
                    "GET /api/v1/payments/organisations/{id}/" + what,
                    get("/api/v1/payments/organisations/${ballerup}/" + what)
                            .other("/api/v1/payments/organisations/${aarhus}/" + what, ""));
        }
        c.put(
                "GET /api/v1/payments/organisations/{id}/fees",
                get("/api/v1/payments/organisations/${ballerup}/fees?year=${year}")
                        .other("/api/v1/payments/organisations/${aarhus}/fees?year=${year}", ""));
        // the secretariat's changes for an organisation: a missing one for the allowed, Aarhus for the representative
        for (String what : List.of("billing", "subscriptions", "standing")) {
            String method = what.equals("billing") ? "PUT" : "POST";
            c.put(
                    method + " /api/v1/payments/organisations/{id}/" + what,
                    json("/api/v1/payments/organisations/" + NONE + "/" + what, "{}")
                            .other("/api/v1/payments/organisations/${aarhus}/" + what, "{}"));
        }
        c.put(
                "GET /api/v1/payments/invoices/{id}",
                get("/api/v1/payments/invoices/${ballerupInvoice}")
                        .other("/api/v1/payments/invoices/${aarhusInvoice}", ""));
        c.put(
                "GET /api/v1/payments/invoices/{id}/xml",
                get("/api/v1/payments/invoices/${ballerupInvoice}/xml")
                        .other("/api/v1/payments/invoices/${aarhusInvoice}/xml", ""));
        c.put(
                "GET /api/v1/payments/invoices/{id}.pdf",
                get("/api/v1/payments/invoices/${ballerupInvoice}.pdf")
                        .other("/api/v1/payments/invoices/${aarhusInvoice}.pdf", ""));

        c.put("GET /api/v1/voting/ballots/{id}/board", get("/api/v1/voting/ballots/${ballot}/board"));
        c.put("GET /api/v1/voting/ballots/{id}/verify", get("/api/v1/voting/ballots/${ballot}/verify"));
        c.put("GET /api/v1/voting/assemblies/{id}", get("/api/v1/voting/assemblies/${assembly}"));
        c.put(
                "GET /api/v1/voting/assemblies/{id}/registrations",
                get("/api/v1/voting/assemblies/${assembly}/registrations"));
        c.put("GET /api/v1/voting/assemblies/{id}/minutes", get("/api/v1/voting/assemblies/${assembly}/minutes"));
        c.put(
                "GET /api/v1/voting/assemblies/{id}/minutes.pdf",
                get("/api/v1/voting/assemblies/${assembly}/minutes.pdf"));
        c.put("GET /api/v1/voting/assemblies/{id}/documents", get("/api/v1/voting/assemblies/${assembly}/documents"));
        c.put("GET /api/v1/voting/ballots/{id}", get("/api/v1/voting/ballots/${ballot}"));
        c.put("GET /api/v1/voting/ballots/{id}/turnout", get("/api/v1/voting/ballots/${ballot}/turnout"));
        c.put("GET /api/v1/voting/ballots/{id}/result", get("/api/v1/voting/ballots/${ballot}/result"));
        // a proposal without a title to the past assembly: refused as invalid (after the access rule)
        c.put(
                "POST /api/v1/voting/assemblies/{id}/proposals",
                json("/api/v1/voting/assemblies/${assembly}/proposals", "{}"));
        // registering Ballerup without a representative is invalid; registering Aarhus is not Ballerup's to do
        c.put(
                "POST /api/v1/voting/assemblies/{id}/registrations",
                json("/api/v1/voting/assemblies/${assembly}/registrations", "{\"organisationId\":${ballerup}}")
                        .other(
                                "/api/v1/voting/assemblies/${assembly}/registrations",
                                "{\"organisationId\":${aarhus}}"));
        // checking Ballerup in would succeed, so at an assembly that does not exist; Aarhus at the real one
        c.put(
                "POST /api/v1/voting/assemblies/{id}/attendance",
                json("/api/v1/voting/assemblies/" + NONE + "/attendance", "{\"organisationId\":${ballerup}}")
                        .other("/api/v1/voting/assemblies/${assembly}/attendance", "{\"organisationId\":${aarhus}}"));
        // checking Ballerup out at an assembly that does not exist; Aarhus at the real one is not Ballerup's to do
        c.put(
                "DELETE /api/v1/voting/assemblies/{id}/attendance/{organisation}",
                body("/api/v1/voting/assemblies/" + NONE + "/attendance/${ballerup}", "application/json", "")
                        .other("/api/v1/voting/assemblies/${assembly}/attendance/${aarhus}", ""));
        c.put(
                "POST /api/v1/voting/assemblies/{id}/proxies",
                json("/api/v1/voting/assemblies/${assembly}/proxies", "{\"giver\":${ballerup}}")
                        .other(
                                "/api/v1/voting/assemblies/${assembly}/proxies",
                                "{\"giver\":${aarhus},\"holder\":${ballerup}}"));
        // a vote for Ballerup in a closed ballot is refused as invalid; for Aarhus it is not Ballerup's
        // representative's
        c.put(
                "POST /api/v1/voting/ballots/{id}/votes",
                json("/api/v1/voting/ballots/${ballot}/votes", "{\"organisationId\":${ballerup},\"choice\":[\"YES\"]}")
                        .other(
                                "/api/v1/voting/ballots/${ballot}/votes",
                                "{\"organisationId\":${aarhus},\"choice\":[\"YES\"]}"));

        c.put("GET /api/v1/onboarding/products/{id}", get("/api/v1/onboarding/products/${product}"));
        c.put(
                "GET /api/v1/onboarding/products/{id}/assessments/{round}",
                get("/api/v1/onboarding/products/${product}/assessments/${round}"));
        // an idea owned by Ballerup without a name; one owned by Aarhus is not Ballerup's to register
        c.put(
                "POST /api/v1/onboarding/products",
                json("/api/v1/onboarding/products", "{\"owners\":[${ballerup}],\"licenceBeingClarified\":false}")
                        .other(
                                "/api/v1/onboarding/products",
                                "{\"owners\":[${aarhus}],\"licenceBeingClarified\":false}"));
        // the coordinator's product (invalid change) and a product it does not coordinate
        c.put(
                "PUT /api/v1/onboarding/products/{id}",
                json("/api/v1/onboarding/products/${product}", "{\"licenceBeingClarified\":false}")
                        .other("/api/v1/onboarding/products/${otherProduct}", "{\"licenceBeingClarified\":false}"));
        c.put(
                "POST /api/v1/onboarding/products/{id}/publiccode",
                body("/api/v1/onboarding/products/${product}/publiccode", "application/yaml", "")
                        .other("/api/v1/onboarding/products/${otherProduct}/publiccode", ""));
        c.put(
                "POST /api/v1/onboarding/products/{id}/publiccode/fetch",
                json("/api/v1/onboarding/products/${product}/publiccode/fetch", "{}")
                        .other("/api/v1/onboarding/products/${otherProduct}/publiccode/fetch", "{}"));
        c.put(
                "PUT /api/v1/onboarding/products/{id}/assessments/{round}",
                json(
                                "/api/v1/onboarding/products/${product}/assessments/${round}",
                                "{\"marks\":[{\"code\":\"no-such-criterion\"}]}")
                        .other(
                                "/api/v1/onboarding/products/${otherProduct}/assessments/${round}",
                                "{\"marks\":[{\"code\":\"no-such-criterion\"}]}"));
        // the coordinator's draft (incomplete, so not handed in) and another product's assessment
        c.put(
                "POST /api/v1/onboarding/assessments/{id}/{action} [submit]",
                json("/api/v1/onboarding/assessments/${assessment}/submit", "{}")
                        .other("/api/v1/onboarding/assessments/${otherAssessment}/submit", "{}"));
        c.put(
                "POST /api/v1/onboarding/assessments/{id}/{action} [evaluate]",
                json("/api/v1/onboarding/assessments/${assessment}/evaluate", "{}"));
        c.put(
                "POST /api/v1/onboarding/assessments/{id}/{action} [review]",
                json("/api/v1/onboarding/assessments/${assessment}/review", "{}"));
        // a complete decision on a draft: the rule on who decides which level comes first, then "not reviewed"
        c.put(
                "POST /api/v1/onboarding/assessments/{id}/{action} [decide-level-1]",
                json(
                        "/api/v1/onboarding/assessments/${assessment}/decide",
                        "{\"level\":\"LEVEL_1\",\"reason\":\"access matrix\"}"));
        c.put(
                "POST /api/v1/onboarding/assessments/{id}/{action} [decide-level-2]",
                json(
                        "/api/v1/onboarding/assessments/${assessment}/decide",
                        "{\"level\":\"LEVEL_2\",\"reason\":\"access matrix\"}"));
        return c;
    }

    private static Call get(String path) {
        return new Call(path, null, null, null, null);
    }

    private static Call json(String path, String body) {
        return new Call(path, "application/json", body, null, null);
    }

    private static Call body(String path, String contentType, String body) {
        return new Call(path, contentType, body, null, null);
    }

    /** The default call: path parameters that exist nowhere, an empty body of the type the method reads. */
    private static Call defaultCall(Row row, Endpoint endpoint) {
        String path = substitute(row.template(), name -> switch (name) {
            case "year" -> "2099";
            case "round" -> "${round}";
            case "action" -> row.variant();
            default -> NONE;
        });
        if (row.method().equals("GET")) {
            return get(path);
        }
        String type = endpoint.consumes().orElse("application/json");
        return body(path, type, type.contains("json") ? "{}" : "");
    }

    // ---- the endpoints the resource classes declare

    /** A resource method as declared: method, path template ({@code {id}}, regexes left out), what it reads. */
    record Endpoint(String method, String template, Optional<String> consumes, String declaredBy) {}

    private static Map<String, Endpoint> declaredEndpoints() {
        List<JavaClass> resources = PlatformClasses.of(BUNDLES).stream()
                .filter(c -> c.isAnnotatedWith("javax.ws.rs.Path")
                        || c.getMethods().stream().anyMatch(m -> verb(m).isPresent()))
                .toList();
        Map<String, Endpoint> endpoints = new TreeMap<>();
        Map<String, Integer> perBundle = new TreeMap<>();
        for (JavaClass resource : resources) {
            perBundle.merge(PlatformClasses.bundleOf(resource, BUNDLES).orElseThrow(), 1, Integer::sum);
            String base = resource.tryGetAnnotationOfType("javax.ws.rs.Path")
                    .map(AccessMatrixIT::value)
                    .orElse("");
            for (JavaMethod method : resource.getMethods()) {
                Optional<String> verb = verb(method);
                if (verb.isEmpty()) {
                    continue;
                }
                String own = method.tryGetAnnotationOfType("javax.ws.rs.Path")
                        .map(AccessMatrixIT::value)
                        .orElse("");
                String template = normalise(API + application(resource) + "/" + base + "/" + own);
                Optional<String> consumes = method.tryGetAnnotationOfType("javax.ws.rs.Consumes")
                        .flatMap(a -> a.get("value"))
                        .or(() -> resource.tryGetAnnotationOfType("javax.ws.rs.Consumes")
                                .flatMap(a -> a.get("value")))
                        .map(v -> ((String[]) v)[0]);
                Endpoint endpoint =
                        new Endpoint(verb.get(), template, consumes, resource.getSimpleName() + "#" + method.getName());
                Endpoint clash = endpoints.put(endpoint.method() + " " + template, endpoint);
                assertThat(clash)
                        .as("two resource methods for %s %s", verb.get(), template)
                        .isNull();
            }
        }
        assertThat(perBundle.keySet())
                .as("bundles with resource classes: %s", perBundle)
                .containsExactlyInAnyOrderElementsOf(BUNDLES);
        return endpoints;
    }

    private static Optional<String> verb(JavaMethod method) {
        if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                || method.getModifiers().contains(JavaModifier.STATIC)) {
            return Optional.empty();
        }
        return method.getAnnotations().stream()
                .map(a -> a.getRawType())
                .filter(t -> t.getPackageName().equals("javax.ws.rs") && VERBS.contains(t.getSimpleName())
                        || t.isAnnotatedWith("javax.ws.rs.HttpMethod"))
                .map(JavaClass::getSimpleName)
                .findFirst();
    }

    /** A partner plugin's application, as a resource selects it. */
    private static final Pattern PLUGIN_APPLICATION =
            Pattern.compile("\\(osgi\\.jaxrs\\.name=os2\\.plugin\\.([a-z][a-z0-9-]*)\\)");

    /** @return the path of the application the resource selects below /api/v1: "" or /plugins/{plugin id} */
    private static String application(JavaClass resource) {
        return resource.tryGetAnnotationOfType("org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect")
                .map(AccessMatrixIT::value)
                .map(PLUGIN_APPLICATION::matcher)
                .filter(Matcher::matches)
                .map(plugin -> "/plugins/" + plugin.group(1))
                .orElse("");
    }

    private static String value(JavaAnnotation<?> annotation) {
        return (String) annotation.get("value").orElse("");
    }

    /** {@code //api/v1/voting/{id: \d+}/} → {@code /api/v1/voting/{id}}: one slash between segments, no regexes. */
    static String normalise(String path) {
        return substitute(path, name -> "{" + name + "}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    /** Replaces each {@code {name}} or {@code {name: regex}} (the regex may hold braces) by what {@code by} gives for the name. */
    static String substitute(String template, java.util.function.Function<String, String> by) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            if (ch != '{') {
                out.append(ch);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < template.length(); end++) {
                if (template.charAt(end) == '{') {
                    depth++;
                } else if (template.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = template.substring(i + 1, end);
            int colon = inside.indexOf(':');
            out.append(by.apply((colon < 0 ? inside : inside.substring(0, colon)).strip()));
            i = end + 1;
        }
        return out.toString();
    }

    /** @return whether a concrete path (without its query) is one the template describes */
    private static boolean matches(String template, String path) {
        String regex = substitute(Pattern.quote(template).replace("{", "\\E{").replace("}", "}\\Q"), name -> "[^/]+");
        return path.replaceAll("\\?.*", "").matches(regex);
    }

    // ---- the table

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : TABLE.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(line.split("\\s+")));
            String method = cells.remove(0);
            String template = cells.remove(0);
            String variant = cells.get(0).startsWith("[") ? cells.remove(0).replaceAll("^\\[|\\]$", "") : null;
            assertThat(cells).as("the columns of %s", line).hasSize(Caller.values().length);
            Map<Caller, Expect> expected = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                String token = cells.get(caller.ordinal());
                assertThat(token).as("%s in %s", token, line).matches("ALLOW|-|401|403|404");
                expected.put(caller, new Expect(token));
            }
            assertThat(expected.get(Caller.MEMBER).applies())
                    .as("only the other-organisation column may be left out: %s", line)
                    .isTrue();
            rows.add(new Row(method, template, variant, expected));
        }
        return rows;
    }

    @Test
    @Order(1)
    void theTableNamesEveryEndpointOfThePlatformBundlesAndNoOther() {
        Map<String, Endpoint> declared = declaredEndpoints();
        Set<String> inTable = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        Set<String> duplicates = new TreeSet<>();
        for (Row row : rows()) {
            inTable.add(row.endpoint());
            if (!named.add(row.name())) {
                duplicates.add(row.name());
            }
        }
        Set<String> missing = new TreeSet<>(declared.keySet());
        missing.removeAll(inTable);
        Set<String> unknown = new TreeSet<>(inTable);
        unknown.removeAll(declared.keySet());
        List<String> missingWithSource = missing.stream()
                .map(e -> e + "   (" + declared.get(e).declaredBy() + ")")
                .toList();
        assertThat(missingWithSource)
                .as("endpoints the resource classes declare but the access matrix's table does not name")
                .isEmpty();
        assertThat(unknown)
                .as("rows of the access matrix for endpoints no resource class declares")
                .isEmpty();
        assertThat(duplicates).as("rows named twice").isEmpty();
        Set<String> unknownCalls = new TreeSet<>(calls().keySet());
        rows().forEach(r -> unknownCalls.remove(r.name()));
        assertThat(unknownCalls).as("calls for rows the table does not have").isEmpty();
    }

    @Test
    @Order(0)
    void aPartnerSeesItsOwnSuppliersFeesAndInvoicesAndNoOtherOrganisations() throws Exception {
        HttpSession partner = sessions.get(Caller.PARTNER);
        String nordlys = DemoIds.first(partner.get(API + "/members?q=Nordlys").body(), "\"id\":(\\d+)");
        String year = String.valueOf(java.time.Year.now().getValue());
        HttpResponse<String> fees = partner.get(API + "/payments/organisations/" + nordlys + "/fees?year=" + year);
        assertThat(fees.statusCode()).as(fees.body()).isEqualTo(200);
        assertThat(fees.body()).contains("Nordlys Software ApS");
        assertThat(partner.get(API + "/payments/organisations/" + nordlys + "/invoices")
                        .statusCode())
                .isEqualTo(200);
        assertThat(partner.get(API + "/payments/organisations/" + nordlys + "/standing")
                        .statusCode())
                .isEqualTo(200);
        assertThat(partner.get(API + "/payments/organisations/" + ids.get("ballerup") + "/invoices")
                        .statusCode())
                .isEqualTo(403);
        assertThat(partner.get(API + "/payments/invoices/" + ids.get("ballerupInvoice"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    @Order(0)
    void theOpenApiDescriptionNamesEveryEndpointWithWhoMayCallIt() throws Exception {
        HttpResponse<String> answer = new HttpSession(platform.base).get(API + "/openapi.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(answer.body())
                .get("paths");
        assertThat(paths)
                .as("paths in %s", answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body())
                .isNotNull();
        java.util.Set<String> described = new java.util.TreeSet<>();
        java.util.List<String> withoutAccess = new java.util.ArrayList<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " "
                            + normalise(API + path.getKey());
                    described.add(name);
                    if (!operation.getValue().has("x-roles")
                            && !operation.getValue().has("x-public")) {
                        withoutAccess.add(name);
                    }
                }));
        java.util.Set<String> declared =
                new java.util.TreeSet<>(declaredEndpoints().keySet());
        java.util.Set<String> missing = new java.util.TreeSet<>(declared);
        missing.removeAll(described);
        assertThat(missing)
                .as("resource methods missing from /api/v1/openapi.json")
                .isEmpty();
        assertThat(withoutAccess)
                .as("operations that do not say who may call them")
                .isEmpty();
        System.out.println("openapi: " + described.size() + " operations described, " + declared.size() + " declared");
    }

    @Test
    @Order(2)
    void everyCallerGetsWhatTheTableSays() throws Exception {
        Map<String, Endpoint> declared = declaredEndpoints();
        Map<String, Call> calls = calls();
        List<Row> rows = new ArrayList<>(rows());
        // logging out ends the session the other rows use: last
        rows.sort((a, b) -> Boolean.compare(
                a.template().endsWith("/auth/logout"), b.template().endsWith("/auth/logout")));
        List<String> mismatches = new ArrayList<>();
        List<String> report = new ArrayList<>(); // the statuses each row got, in the table's column order
        int made = 0;
        int notApplicable = 0;
        int unexpected2xx = 0;
        int unexpectedRefusals = 0;
        int otherMismatches = 0;
        for (Row row : rows) {
            Endpoint endpoint = declared.get(row.endpoint());
            if (endpoint == null) {
                continue; // reported by the completeness test
            }
            Call call = Optional.ofNullable(calls.get(row.name())).orElseGet(() -> defaultCall(row, endpoint));
            StringBuilder actual = new StringBuilder(String.format("%-82s", row.name()));
            for (Caller caller : Caller.values()) {
                Expect expect = row.expected().get(caller);
                if (!expect.applies()) {
                    notApplicable++;
                    actual.append("   -");
                    continue;
                }
                boolean other = caller == Caller.MEMBER_OTHER_ORGANISATION;
                assertThat(!other || call.otherPath() != null)
                        .as("%s has an other-organisation expectation but no call for it", row.name())
                        .isTrue();
                String path = resolve(other ? call.otherPath() : call.path());
                String body = call.body() == null ? null : resolve(other ? call.otherBody() : call.body());
                assertThat(matches(row.template(), path))
                        .as("%s is called at %s, which is another endpoint", row.name(), path)
                        .isTrue();
                HttpResponse<String> response =
                        send(sessions.get(caller), caller, row.method(), path, call.contentType(), body);
                made++;
                int status = response.statusCode();
                actual.append(' ').append(status);
                String problem = null;
                if (expect.allow()) {
                    if (status == 401 || status == 403) {
                        unexpectedRefusals++;
                        problem = "unexpected refusal";
                    } else if (status >= 500) {
                        otherMismatches++;
                        problem = "server error";
                    }
                } else if (status != expect.status()) {
                    if (status >= 200 && status < 300) {
                        unexpected2xx++;
                        problem = "unexpected 2xx";
                    } else {
                        otherMismatches++;
                        problem = "not refused as expected";
                    }
                }
                if (problem != null) {
                    String answer =
                            response.body().length() > 400 ? response.body().substring(0, 400) + "…" : response.body();
                    mismatches.add(String.format(
                            "%-70s %-26s expected %-5s got %d (%s) at %s %s: %s",
                            row.name(), caller, expect.token(), status, problem, row.method(), path, answer));
                }
            }
            report.add(actual.toString());
        }
        String counts = String.format(
                "access matrix: %d endpoints (%d rows) x %d callers = %d calls (%d cells not applicable), "
                        + "%d unexpected 2xx, %d unexpected refusals, %d other mismatches; %d s including the boot",
                rows.stream().map(Row::endpoint).distinct().count(),
                rows.size(),
                Caller.values().length,
                made,
                notApplicable,
                unexpected2xx,
                unexpectedRefusals,
                otherMismatches,
                (System.nanoTime() - started) / 1_000_000_000L);
        report.forEach(System.out::println);
        System.out.println(counts);
        mismatches.forEach(System.out::println);
        assertThat(mismatches).as(counts).isEmpty();
    }

    private String resolve(String text) {
        Matcher placeholder = Pattern.compile("\\$\\{(\\w+)\\}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = ids.get(placeholder.group(1));
            assertThat(value).as("demo id %s", placeholder.group(1)).isNotNull();
            placeholder.appendReplacement(out, value);
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static HttpResponse<String> send(
            HttpSession session, Caller caller, String method, String path, String contentType, String body)
            throws Exception {
        if (method.equals("GET")) {
            return session.get(path);
        }
        List<String> headers = new ArrayList<>(List.of("If-Match", WRONG_VERSION));
        if (caller != Caller.ANONYMOUS) {
            headers.addAll(List.of("X-CSRF-Token", session.csrfToken()));
        }
        return session.sendBody(
                method,
                path,
                contentType == null ? "application/json" : contentType,
                body == null ? "" : body,
                headers.toArray(new String[0]));
    }

    private static Path unpackedHome() throws Exception {
        Path root = Path.of(System.getProperty("os2.distribution.dir", "target/distribution"));
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("bin/karaf")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no unpacked distribution under " + root));
        }
    }
}
