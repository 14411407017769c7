package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * People and sign-in over REST, against the built distribution as an admin runs it (demo data on):
 * the secretariat lists, searches, invites, changes (only with the current ETag), invites again,
 * deactivates and reactivates people; bad input is refused as problem+json with field codes and
 * nothing is stored; an invitee is refused weak passwords, takes the invitation once and is signed
 * in; a session id rotates at login; and login throttling, with the client's address taken from
 * {@code X-Forwarded-For} of the trusted local proxy, cannot be turned against an account's owner
 * and bounds guesses spread over many accounts.
 *
 * <p>Every request of this class comes from 127.0.0.1, which the shipped configuration trusts as a
 * reverse proxy; the throttling tests play different clients by sending {@code X-Forwarded-For},
 * as a proxy in front of the platform does. They run last, and the other tests (whose address is
 * 127.0.0.1 itself) make only a few failed logins, far below the ceiling per address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleIT {

    private static final String USERS = "/api/v1/users";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String XFF = "X-Forwarded-For";
    private static final String ANNA_EMAIL = "anna.testrup@ballerup.dk";
    private static final String ANNA_PASSWORD = "Ballerup havn om natten 77";

    private RunningDistribution platform;
    private HttpSession secretariat;
    private long started;
    private final Map<String, Integer> checks = new LinkedHashMap<>();
    private String section = "boot";

    private long ballerup;
    private long nordlys;
    private long ownId;
    private long annaId;
    private String annaEtag;
    private String annaToken;
    private HttpSession anna;

    @BeforeAll
    void startPlatform() throws Exception {
        started = System.nanoTime();
        // the shipped settings of sign-on and login, also when an earlier test class of this build
        // changed them in the shared unpacked distribution (SignOnBrowserIT switches sign-on on)
        Map<String, String> shippedSignOn = Map.of(
                "enabled",
                "false",
                "issuer",
                "",
                "clientId",
                "",
                "clientSecret",
                "",
                "label",
                "MitID Erhverv",
                "createAccounts",
                "false");
        Map<String, String> shippedWeb = Map.of(
                "login.password",
                "true",
                "login.freeFailures",
                "5",
                "login.maxLockSeconds",
                "900",
                "login.addressFailuresPerHour",
                "30",
                "proxies.trusted",
                "127.0.0.1, ::1",
                "session.maxPerUser",
                "5");
        platform = RunningDistribution.start(
                unpackedHome(),
                Map.of("eu.os2.platform.oidc.cfg", shippedSignOn, "eu.os2.platform.web.cfg", shippedWeb));
        secretariat = new HttpSession(platform.base);
        expect("login of demo-secretariat", secretariat.login("demo-secretariat", Distribution.DEMO_PASSWORD), 200);
        for (Object row : array(json(secretariat.get(USERS)))) {
            Map<String, Object> user = object(row);
            switch ((String) user.get("username")) {
                case "demo-member" -> {
                    ballerup = number(user.get("organisationId"));
                    check("demo-member acts for Ballerup", user.get("organisationName"), "Ballerup Kommune");
                }
                case "demo-partner" -> {
                    nordlys = number(user.get("organisationId"));
                    check("demo-partner acts for Nordlys", user.get("organisationName"), "Nordlys Software ApS");
                }
                case "demo-secretariat" -> ownId = number(user.get("id"));
                default -> {}
            }
        }
        verify(
                "the demo organisations and the secretariat's own account were found",
                ballerup > 0 && nordlys > 0 && ownId > 0,
                ballerup + "/" + nordlys + "/" + ownId);
    }

    @AfterAll
    void stopPlatform() throws Exception {
        int total = checks.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder("PeopleIT: " + total + " checks passed (");
        checks.forEach(
                (name, count) -> line.append(name).append(' ').append(count).append(", "));
        line.setLength(line.length() - 2);
        System.out.println(line + "); " + (System.nanoTime() - started) / 1_000_000_000L + " s including the boot");
        if (platform != null) {
            platform.close();
        }
    }

    // ---- 1. the secretariat manages people

    @Test
    @Order(1)
    void theSecretariatListsAndSearchesPeople() throws Exception {
        section = "people";
        List<String> all = usernames(secretariat.get(USERS));
        verify(
                "the list holds every demo user",
                all.containsAll(List.of(
                        "demo-admin", "demo-secretariat", "demo-board", "demo-member", "demo-partner", "demo-viewer")),
                all);
        check("a search by login name", usernames(secretariat.get(USERS + "?q=demo-mem")), List.of("demo-member"));
        check(
                "a search ignores letter case",
                usernames(secretariat.get(USERS + "?q=DEMO-PARTNER")),
                List.of("demo-partner"));
        check(
                "a search by name",
                usernames(secretariat.get(USERS + "?q=Leverand%C3%B8rpartner")),
                List.of("demo-partner"));
        check("a search without a match", usernames(secretariat.get(USERS + "?q=nobody-is-called-this")), List.of());
        problem("the list for a viewer", viewer().get(USERS), 403, "forbidden", Map.of());
    }

    @Test
    @Order(2)
    void theSecretariatInvitesARepresentativeAndAPartner() throws Exception {
        HttpResponse<String> invited = post(
                USERS,
                "{\"email\":\"Anna.Testrup@Ballerup.dk\",\"displayName\":\"Anna Testrup\","
                        + "\"roles\":[\"member-representative\"],\"organisationId\":" + ballerup + "}");
        Map<String, Object> body = object(expect("invite a second representative of Ballerup", invited, 201));
        Map<String, Object> user = object(body.get("user"));
        annaId = number(user.get("id"));
        annaEtag = invited.headers().firstValue("ETag").orElse(null);
        verify(
                "the invitation's Location",
                invited.headers().firstValue("Location").orElse("").endsWith(USERS + "/" + annaId),
                invited.headers().firstValue("Location"));
        check("the invitation's ETag", annaEtag, "\"" + number(user.get("version")) + "\"");
        String link = (String) body.get("link");
        verify("the invitation's link", link != null && link.startsWith("/console/#/invitation/"), link);
        annaToken = link.substring("/console/#/invitation/".length());
        check("the e-mail address is the login name, in lower case", user.get("username"), ANNA_EMAIL);
        check(
                "the invited account",
                List.of(user.get("status"), user.get("roles"), user.get("organisationName")),
                List.of("INVITED", List.of("member-representative"), "Ballerup Kommune"));
        verify("the invitation expires", body.get("expires") != null && user.get("invitationExpires") != null, body);

        HttpResponse<String> one = secretariat.get(USERS + "/" + annaId);
        Map<String, Object> got = object(expect("get the invited person", one, 200));
        check("get answers the same ETag", one.headers().firstValue("ETag").orElse(null), annaEtag);
        check("get answers the person", got.get("displayName"), "Anna Testrup");
        check("the invited person is found", usernames(secretariat.get(USERS + "?q=testrup")), List.of(ANNA_EMAIL));

        HttpResponse<String> partner = post(
                USERS,
                "{\"email\":\"per.partner@nordlys.dk\",\"displayName\":\"Per Partner\","
                        + "\"roles\":[\"partner\"],\"organisationId\":" + nordlys + "}");
        check(
                "a partner acts for Nordlys",
                object(object(expect("invite a partner for Nordlys", partner, 201))
                                .get("user"))
                        .get("organisationName"),
                "Nordlys Software ApS");
        problem("get an unknown person", secretariat.get(USERS + "/999999"), 404, "not-found", Map.of());
    }

    @Test
    @Order(3)
    void rolesAndNameChangeOnlyWithTheCurrentETag() throws Exception {
        String change =
                "{\"displayName\":\"Anna T. Testrup\",\"roles\":[\"member-representative\",\"board\"],\"organisationId\":"
                        + ballerup + "}";
        HttpResponse<String> changed = put(USERS + "/" + annaId, change, annaEtag);
        Map<String, Object> row = object(expect("change roles and name with If-Match", changed, 200));
        String newEtag = changed.headers().firstValue("ETag").orElse(null);
        verify("the change answers a new ETag", newEtag != null && !newEtag.equals(annaEtag), newEtag);
        check(
                "the change is made",
                List.of(row.get("displayName"), row.get("roles")),
                List.of("Anna T. Testrup", List.of("board", "member-representative")));

        String other = "{\"displayName\":\"Someone Else\",\"roles\":[\"viewer\"]}";
        problem(
                "the same change with the old ETag",
                put(USERS + "/" + annaId, change, annaEtag),
                412,
                "conflict",
                Map.of());
        problem(
                "a change without If-Match",
                put(USERS + "/" + annaId, other, null),
                428,
                "precondition-required",
                Map.of());
        problem(
                "a change to an unknown role",
                put(USERS + "/" + annaId, "{\"displayName\":\"Anna\",\"roles\":[\"chef\"]}", newEtag),
                422,
                "validation",
                Map.of("roles", "unknown"));
        problem(
                "a change to a representative of a supplier partner",
                put(
                        USERS + "/" + annaId,
                        "{\"displayName\":\"Anna\",\"roles\":[\"member-representative\"],\"organisationId\":" + nordlys
                                + "}",
                        newEtag),
                422,
                "validation",
                Map.of("organisationId", "wrong-kind"));
        HttpResponse<String> after = secretariat.get(USERS + "/" + annaId);
        check(
                "the refused changes stored nothing",
                List.of(
                        object(json(after)).get("displayName"),
                        after.headers().firstValue("ETag").orElse("")),
                List.of("Anna T. Testrup", newEtag));
        annaEtag = newEtag;
    }

    @Test
    @Order(4)
    void aNewInvitationEndsTheOldLink() throws Exception {
        Map<String, Object> again = object(expect("invite again", post(USERS + "/" + annaId + "/invitation", ""), 200));
        String link = (String) again.get("link");
        verify(
                "the new link",
                link != null && link.startsWith("/console/#/invitation/") && !link.endsWith(annaToken),
                link);
        String oldToken = annaToken;
        annaToken = link.substring("/console/#/invitation/".length());
        anna = new HttpSession(platform.base);
        problem(
                "the old link",
                anna.send("POST", "/api/v1/auth/invitation", token(oldToken)),
                404,
                "invitation-invalid",
                Map.of("token", "invalid"));
        Map<String, Object> invitee =
                object(expect("the new link", anna.send("POST", "/api/v1/auth/invitation", token(annaToken)), 200));
        check(
                "the new link names the invitee",
                List.of(invitee.get("displayName"), invitee.get("username")),
                List.of("Anna T. Testrup", ANNA_EMAIL));
    }

    // ---- 2. bad input

    @Test
    @Order(5)
    void badInputIsRefusedWithFieldCodesAndNothingIsStored() throws Exception {
        section = "bad input";
        String before = secretariat.get(USERS).body();
        record Case(String what, String body, int status, String type, Map<String, String> errors) {}
        List<Case> cases = List.of(
                new Case(
                        "an invalid e-mail address",
                        person("ikke en adresse", "\"viewer\"", null),
                        422,
                        "validation",
                        Map.of("email", "invalid")),
                new Case(
                        "a taken e-mail address",
                        person(ANNA_EMAIL, "\"viewer\"", null),
                        422,
                        "validation",
                        Map.of("email", "taken")),
                new Case(
                        "a taken e-mail address in other letter case",
                        person("ANNA.Testrup@Ballerup.DK", "\"viewer\"", null),
                        422,
                        "validation",
                        Map.of("email", "taken")),
                new Case(
                        "an unknown role",
                        person("ny.person@ballerup.dk", "\"viewer\",\"chef\"", null),
                        422,
                        "validation",
                        Map.of("roles", "unknown")),
                new Case(
                        "no role",
                        person("ny.person@ballerup.dk", "", null),
                        422,
                        "validation",
                        Map.of("roles", "required")),
                new Case(
                        "a representative of a supplier partner",
                        person("ny.person@nordlys.dk", "\"member-representative\"", nordlys),
                        422,
                        "validation",
                        Map.of("organisationId", "wrong-kind")),
                new Case(
                        "a partner for a municipality",
                        person("ny.person@ballerup.dk", "\"partner\"", ballerup),
                        422,
                        "validation",
                        Map.of("organisationId", "wrong-kind")),
                new Case(
                        "a representative without an organisation",
                        person("ny.person@ballerup.dk", "\"member-representative\"", null),
                        422,
                        "validation",
                        Map.of("organisationId", "required")),
                new Case(
                        "a representative of an unknown organisation",
                        person("ny.person@ballerup.dk", "\"member-representative\"", 999999L),
                        422,
                        "validation",
                        Map.of("organisationId", "unknown")),
                new Case(
                        "an organisation for a viewer",
                        person("ny.person@ballerup.dk", "\"viewer\"", ballerup),
                        422,
                        "validation",
                        Map.of("organisationId", "not-allowed")),
                new Case(
                        "no name",
                        "{\"email\":\"ny.person@ballerup.dk\",\"roles\":[\"viewer\"]}",
                        422,
                        "validation",
                        Map.of("displayName", "required")),
                new Case("an empty body", "", 422, "validation", Map.of("body", "required")),
                new Case(
                        "roles as text instead of a list",
                        "{\"email\":\"ny.person@ballerup.dk\",\"displayName\":\"Ny Person\",\"roles\":\"viewer\"}",
                        400,
                        "bad-request",
                        Map.of("roles", "type")),
                // a body that is no JSON has no field to name: its field codes are not checked
                new Case("a malformed JSON body", "{\"email\":\"ny.person@ballerup.dk\",", 400, "bad-request", null),
                new Case(
                        "an unknown field",
                        "{\"email\":\"ny.person@ballerup.dk\",\"displayName\":\"Ny Person\",\"roles\":[\"viewer\"],"
                                + "\"colour\":\"red\"}",
                        400,
                        "bad-request",
                        Map.of("colour", "unknown")));
        for (Case c : cases) {
            Map<String, Object> refused = problem(c.what(), post(USERS, c.body()), c.status(), c.type(), c.errors());
            verify(
                    c.what() + ": the problem says what is wrong",
                    refused.get("detail") instanceof String d && !d.isBlank(),
                    refused);
        }
        problem(
                "a body that is not JSON",
                secretariat.sendBody("POST", USERS, "text/plain", "{}", "X-CSRF-Token", secretariat.csrfToken()),
                415,
                "unsupported-media-type",
                Map.of());
        check(
                "nothing was stored by " + (cases.size() + 1) + " refused invitations",
                secretariat.get(USERS).body(),
                before);
    }

    // ---- 3. taking an invitation

    @Test
    @Order(6)
    void theInviteeIsRefusedWeakPasswordsAndTakesTheInvitationOnce() throws Exception {
        section = "invitations";
        HttpSession stranger = new HttpSession(platform.base);
        problem(
                "an unknown invitation",
                stranger.send("POST", "/api/v1/auth/invitation", token("no-such-token")),
                404,
                "invitation-invalid",
                Map.of("token", "invalid"));
        problem(
                "an invitation without a token",
                stranger.send("POST", "/api/v1/auth/invitation", "{}"),
                404,
                "invitation-invalid",
                Map.of("token", "invalid"));
        problem(
                "taking an unknown invitation",
                stranger.send("POST", "/api/v1/auth/invitation/accept", accept("no-such-token", ANNA_PASSWORD)),
                422,
                "validation",
                Map.of("token", "invalid"));
        Map<String, String> weak = new LinkedHashMap<>();
        weak.put("password1234", "common");
        weak.put("kort-kode1", "too-short");
        weak.put("anna.testrup2026", "like-name");
        for (Map.Entry<String, String> password : weak.entrySet()) {
            HttpResponse<String> refused =
                    anna.send("POST", "/api/v1/auth/invitation/accept", accept(annaToken, password.getKey()));
            problem(
                    "the password " + password.getKey(),
                    refused,
                    422,
                    "validation",
                    Map.of("password", password.getValue()));
            check("no session for a refused password", sessionCookie(refused), null);
        }
        check(
                "the refused passwords kept the invitation open",
                object(json(secretariat.get(USERS + "/" + annaId))).get("status"),
                "INVITED");
        expect("the invitation is still valid", anna.send("POST", "/api/v1/auth/invitation", token(annaToken)), 200);

        HttpResponse<String> accepted =
                anna.send("POST", "/api/v1/auth/invitation/accept", accept(annaToken, ANNA_PASSWORD));
        Map<String, Object> me = object(expect("take the invitation with a good password", accepted, 200));
        String cookie = accepted.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("OS2SESSION="))
                .findFirst()
                .orElse("");
        verify(
                "the session cookie is HttpOnly and SameSite=Strict",
                cookie.contains("; HttpOnly")
                        && cookie.contains("; SameSite=Strict")
                        && sessionCookie(accepted) != null,
                cookie);
        verify("the answer carries the CSRF token", me.get("csrfToken") instanceof String t && t.length() >= 16, me);
        Map<String, Object> who = object(expect("me with the new session", anna.get("/api/v1/auth/me"), 200));
        check(
                "me answers the invitee",
                List.of(who.get("username"), who.get("displayName"), who.get("roles"), who.get("organisationId")),
                List.of(ANNA_EMAIL, "Anna T. Testrup", List.of("board", "member-representative"), ballerup));
        check(
                "the account is active",
                object(json(secretariat.get(USERS + "/" + annaId))).get("status"),
                "ACTIVE");

        HttpSession again = new HttpSession(platform.base);
        problem(
                "the same invitation again",
                again.send("POST", "/api/v1/auth/invitation/accept", accept(annaToken, "Noget helt andet 2026")),
                422,
                "validation",
                Map.of("token", "used"));
        check("no session for a used invitation", again.get("/api/v1/auth/me").statusCode(), 401);
        problem(
                "a used invitation's link",
                again.send("POST", "/api/v1/auth/invitation", token(annaToken)),
                404,
                "invitation-invalid",
                Map.of("token", "invalid"));
        expect(
                "the invitee logs in with the password set",
                new HttpSession(platform.base).login(ANNA_EMAIL, ANNA_PASSWORD),
                200);
    }

    @Test
    @Order(7)
    void aSessionIdRotatesAtLogin() throws Exception {
        section = "sessions";
        HttpSession browser = new HttpSession(platform.base);
        String first = sessionCookie(
                expectResponse("first login", browser.login("demo-viewer", Distribution.DEMO_PASSWORD), 200));
        String second = sessionCookie(expectResponse(
                "login again in the same browser", browser.login("demo-viewer", Distribution.DEMO_PASSWORD), 200));
        verify(
                "the session id changed at login",
                first != null && second != null && !first.equals(second),
                first + " / " + second);
        problem(
                "the old session id",
                new HttpSession(platform.base).getWith("/api/v1/auth/me", "Cookie", "OS2SESSION=" + first),
                401,
                "unauthenticated",
                Map.of());
        check(
                "the new session id",
                object(json(new HttpSession(platform.base)
                                .getWith("/api/v1/auth/me", "Cookie", "OS2SESSION=" + second)))
                        .get("username"),
                "demo-viewer");
    }

    @Test
    @Order(8)
    void deactivationEndsTheSessionAndReactivationAllowsLoginAgain() throws Exception {
        section = "people";
        expect("the invitee's session before", anna.get("/api/v1/auth/me"), 200);
        check(
                "deactivate",
                object(expect("deactivate", post(USERS + "/" + annaId + "/deactivate", ""), 200))
                        .get("status"),
                "DEACTIVATED");
        problem("the deactivated person's open session", anna.get("/api/v1/auth/me"), 401, "unauthenticated", Map.of());
        problem(
                "the deactivated person's login",
                new HttpSession(platform.base).login(ANNA_EMAIL, ANNA_PASSWORD),
                401,
                "login-failed",
                Map.of());
        problem(
                "a new invitation for a deactivated person",
                post(USERS + "/" + annaId + "/invitation", ""),
                422,
                "validation",
                Map.of("account", "deactivated"));
        check(
                "reactivate",
                object(expect("reactivate", post(USERS + "/" + annaId + "/reactivate", ""), 200))
                        .get("status"),
                "ACTIVE");
        HttpSession back = new HttpSession(platform.base);
        expect("the reactivated person logs in", back.login(ANNA_EMAIL, ANNA_PASSWORD), 200);
        check("me after reactivation", object(json(back.get("/api/v1/auth/me"))).get("username"), ANNA_EMAIL);

        problem(
                "deactivate yourself",
                post(USERS + "/" + ownId + "/deactivate", ""),
                422,
                "validation",
                Map.of("account", "self"));
        check(
                "the secretariat is still active and signed in",
                List.of(
                        object(json(secretariat.get(USERS + "/" + ownId))).get("status"),
                        secretariat.get("/api/v1/auth/me").statusCode()),
                List.of("ACTIVE", 200));
        problem("deactivate an unknown person", post(USERS + "/999999/deactivate", ""), 404, "not-found", Map.of());
    }

    // ---- 4. sign-in options

    @Test
    @Order(9)
    void theMembersListDownloadsAsCsvForExcelWithFormulasNeutralised() throws Exception {
        section = "members.csv";
        expect(
                "an organisation whose name a spreadsheet would run",
                secretariat.send(
                        "POST",
                        "/api/v1/members",
                        "{\"cvr\":\"39990016\",\"name\":\"=SUM(1+1) Formelby\",\"kind\":\"OTHER_PUBLIC\"}",
                        "X-CSRF-Token",
                        secretariat.csrfToken()),
                201);
        HttpResponse<String> csv = secretariat.getWith("/api/v1/members.csv?q=Formelby", "Accept-Language", "da");
        expectResponse("the members list as CSV", csv, 200);
        verify(
                "CSV in UTF-8",
                csv.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .replace(" ", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith("text/csv;charset=utf-8"),
                csv.headers().map());
        verify(
                "a file to save",
                csv.headers().firstValue("Content-Disposition").orElse("").contains("os2-medlemmer.csv"),
                csv.headers().map());
        verify(
                "a byte order mark and Danish headers, semicolon separated",
                csv.body().startsWith("\uFEFFNavn;CVR;"),
                csv.body());
        verify("the formula is neutralised", csv.body().contains("'=SUM(1+1) Formelby;39990016;"), csv.body());
        verify(
                "kinds in words",
                csv.body().contains("Anden offentlig") && !csv.body().contains("OTHER_PUBLIC"),
                csv.body());
        verify("only the organisations searched for", csv.body().strip().split("\r\n").length == 2, csv.body());
        HttpResponse<String> english = secretariat.getWith("/api/v1/members.csv?q=Formelby", "Accept-Language", "en");
        verify(
                "English headers when English is asked for",
                english.body().startsWith("\uFEFFName;CVR;"),
                english.body());
        verify(
                "every signed-in user reads it, as the list",
                viewer().get("/api/v1/members.csv").statusCode() == 200,
                "viewer");
        HttpResponse<String> all = secretariat.get("/api/v1/members.csv");
        verify(
                "the whole directory without a search",
                all.body().split("\r\n").length > 100,
                all.body().length());
        problem(
                "the CSV for someone not signed in",
                new HttpSession(platform.base).get("/api/v1/members.csv"),
                401,
                "unauthenticated",
                Map.of());
        problem(
                "an unknown kind",
                secretariat.get("/api/v1/members.csv?kind=PLANET"),
                400,
                "validation",
                Map.of("kind", "unknown"));
        Map<String, Object> missing = problem(
                "an organisation that does not exist",
                secretariat.get("/api/v1/members/999999"),
                404,
                "not-found",
                Map.of());
        check("the detail in Danish", missing.get("detail"), "Der findes ingen organisation med id 999999.");
        Map<String, Object> missingEn = problem(
                "an organisation that does not exist, in English",
                secretariat.getWith("/api/v1/members/999999", "Accept-Language", "en"),
                404,
                "not-found",
                Map.of());
        check("the detail in English", missingEn.get("detail"), "There is no organisation with id 999999.");
        check("the title in English", missingEn.get("title"), "Not found");
    }

    @Test
    @Order(10)
    void passwordLoginIsOnAndSignOnOffByDefault() throws Exception {
        section = "options";
        Map<String, Object> options =
                object(expect("the sign-in options", new HttpSession(platform.base).get("/api/v1/auth/options"), 200));
        check("password login is on", options.get("passwordLogin"), true);
        verify("sign-on is off", options.containsKey("signOn") && options.get("signOn") == null, options);
    }

    // ---- 5. throttling, each simulated client forwarded by the trusted local proxy

    @Test
    @Order(11)
    void wrongPasswordsFromOneClientDoNotLockOutTheOwnerElsewhere() throws Exception {
        section = "throttling";
        HttpSession attacker = new HttpSession(platform.base);
        for (int i = 1; i <= 6; i++) {
            problem(
                    "wrong password " + i + " for demo-viewer from 198.51.100.1",
                    attacker.login("demo-viewer", "wrong-password-" + i, XFF, "198.51.100.1"),
                    401,
                    "login-failed",
                    Map.of());
        }
        HttpResponse<String> throttled = untilThrottled(attacker, "demo-viewer", XFF, "198.51.100.1");
        problem("demo-viewer from 198.51.100.1 after six failures", throttled, 429, "too-many-attempts", Map.of());
        long retryAfter = retryAfter(throttled);
        verify(
                "Retry-After is whole seconds, at least 1",
                retryAfter >= 1,
                throttled.headers().map());

        HttpSession owner = new HttpSession(platform.base);
        expect(
                "the owner logs in from 198.51.100.2",
                owner.login("demo-viewer", Distribution.DEMO_PASSWORD, XFF, "198.51.100.2"),
                200);
        check(
                "the owner is signed in",
                object(json(owner.get("/api/v1/auth/me"))).get("username"),
                "demo-viewer");
    }

    @Test
    @Order(12)
    void aForwardedChainCountsAsItsRightMostUntrustedAddress() throws Exception {
        HttpSession chain = new HttpSession(platform.base);
        for (int i = 1; i <= 6; i++) {
            problem(
                    "wrong password " + i + " for demo-viewer through \"1.2.3.4, 198.51.100.7\"",
                    chain.login("demo-viewer", "wrong-password-" + i, XFF, "1.2.3.4, 198.51.100.7"),
                    401,
                    "login-failed",
                    Map.of());
        }
        // a pair counted apart would need six failures of its own before it waits
        problem(
                "demo-viewer from 198.51.100.7 alone",
                untilThrottled(new HttpSession(platform.base), "demo-viewer", XFF, "198.51.100.7"),
                429,
                "too-many-attempts",
                Map.of());
        expect(
                "demo-viewer from 1.2.3.4, the chain's first hop, is not counted",
                new HttpSession(platform.base).login("demo-viewer", Distribution.DEMO_PASSWORD, XFF, "1.2.3.4"),
                200);
    }

    @Test
    @Order(13)
    void guessesSpreadOverAccountsHitTheCeilingOfTheirClientWhichASuccessDoesNotReset() throws Exception {
        String client = "203.0.113.5";
        HttpSession guesser = new HttpSession(platform.base);
        int failures = 0;
        int successes = 0;
        for (int i = 1; i <= 40; i++) {
            HttpResponse<String> guess =
                    guesser.login(String.format("guess-%02d", i), "wrong-password-" + i, XFF, client);
            if (failures < 30) {
                problem("guess " + i + " from " + client, guess, 401, "login-failed", Map.of());
                failures++;
                if (i % 5 == 0 && failures < 30) {
                    expect(
                            "demo-board logs in from " + client + " after " + failures + " failures",
                            guesser.login("demo-board", Distribution.DEMO_PASSWORD, XFF, client),
                            200);
                    successes++;
                }
            } else {
                problem(
                        "guess " + i + " (a new username) after 30 failures",
                        guess,
                        429,
                        "too-many-attempts",
                        Map.of());
                long retryAfter = retryAfter(guess);
                verify(
                        "Retry-After waits until the oldest failure is an hour old",
                        retryAfter > 3000 && retryAfter <= 3600,
                        retryAfter);
            }
        }
        check("successful logins in between did not reset the count", successes, 5);
        HttpResponse<String> right = guesser.login("demo-board", Distribution.DEMO_PASSWORD, XFF, client);
        problem("the right password of demo-board from " + client, right, 429, "too-many-attempts", Map.of());
        verify("with Retry-After", retryAfter(right) >= 1, right.headers().map());
        expect(
                "demo-board logs in from another client",
                new HttpSession(platform.base).login("demo-board", Distribution.DEMO_PASSWORD, XFF, "203.0.113.6"),
                200);
        expect(
                "and from the proxy's own address",
                new HttpSession(platform.base).login("demo-board", Distribution.DEMO_PASSWORD),
                200);
    }

    // ---- helpers

    /** Wrong passwords until the pair waits: its lock after the sixth failure is short, so one more failure may come first. */
    private HttpResponse<String> untilThrottled(HttpSession session, String username, String... headers)
            throws Exception {
        HttpResponse<String> response = null;
        for (int i = 0; i < 3 && (response == null || response.statusCode() == 401); i++) {
            response = session.login(username, "wrong-password-again", headers);
        }
        return response;
    }

    private HttpSession viewer() throws Exception {
        HttpSession viewer = new HttpSession(platform.base);
        expect("login of demo-viewer", viewer.login("demo-viewer", Distribution.DEMO_PASSWORD), 200);
        return viewer;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return secretariat.send("POST", path, body, "X-CSRF-Token", secretariat.csrfToken());
    }

    private HttpResponse<String> put(String path, String body, String ifMatch) throws Exception {
        return ifMatch == null
                ? secretariat.send("PUT", path, body, "X-CSRF-Token", secretariat.csrfToken())
                : secretariat.send("PUT", path, body, "X-CSRF-Token", secretariat.csrfToken(), "If-Match", ifMatch);
    }

    private static String person(String email, String roles, Long organisationId) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"Ny Person\",\"roles\":[" + roles + "]"
                + (organisationId == null ? "" : ",\"organisationId\":" + organisationId) + "}";
    }

    private static String token(String token) {
        return "{\"token\":\"" + token + "\"}";
    }

    private static String accept(String token, String password) {
        return "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}";
    }

    /** @return the session id a response sets, null when it sets none */
    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("OS2SESSION=") && !c.startsWith("OS2SESSION=;"))
                .map(c -> c.substring("OS2SESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    private long retryAfter(HttpResponse<String> response) {
        String value = response.headers().firstValue("Retry-After").orElse("");
        verify("Retry-After is an integer", value.matches("\\d+"), value);
        return Long.parseLong(value);
    }

    private List<String> usernames(HttpResponse<String> response) {
        List<String> names = new ArrayList<>();
        for (Object row : array(expect("the list of people", response, 200))) {
            names.add((String) object(row).get("username"));
        }
        return names;
    }

    private void count() {
        checks.merge(section, 1, Integer::sum);
    }

    private void check(String what, Object actual, Object expected) {
        assertThat(actual).as(what).isEqualTo(expected);
        count();
    }

    private void verify(String what, boolean condition, Object context) {
        assertThat(condition).as("%s: %s", what, context).isTrue();
        count();
    }

    /** Checks the status; @return the parsed JSON body */
    private Object expect(String what, HttpResponse<String> response, int status) {
        return json(expectResponse(what, response, status));
    }

    private HttpResponse<String> expectResponse(String what, HttpResponse<String> response, int status) {
        assertThat(response.statusCode())
                .as(
                        "%s: %s %s answered %s",
                        what, response.request().method(), response.request().uri(), response.body())
                .isEqualTo(status);
        count();
        return response;
    }

    /**
     * Checks a refusal: the status, problem+json of the type, the field codes (exactly these;
     * none when empty; not checked when null) and no stack trace.
     */
    private Map<String, Object> problem(
            String what, HttpResponse<String> response, int status, String type, Map<String, String> errors) {
        expectResponse(what, response, status);
        String request =
                response.request().method() + " " + response.request().uri().getPath();
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("%s: content type of %s", what, request)
                .startsWith(PROBLEM_JSON);
        count();
        assertThat(response.body())
                .as("%s: no stack trace", what)
                .doesNotContainPattern("Exception|\\bat [a-z]+\\.[\\w.$]+\\(");
        Map<String, Object> problem = object(json(response));
        assertThat(problem.get("type"))
                .as("%s: problem type of %s: %s", what, request, response.body())
                .isEqualTo("https://os2.eu/platform/problems/" + type);
        assertThat(problem.get("status")).as("%s: problem status", what).isEqualTo((long) status);
        count();
        if (errors != null) {
            Object actual = problem.get("errors");
            assertThat(actual == null ? Map.of() : actual)
                    .as("%s: field codes of %s: %s", what, request, response.body())
                    .isEqualTo(errors);
            count();
        }
        return problem;
    }

    private static Path unpackedHome() throws Exception {
        Path root = Path.of(System.getProperty("os2.distribution.dir", "target/distribution"));
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("bin/karaf")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no unpacked distribution under " + root));
        }
    }

    // ---- a small JSON reader for the answers: objects as maps, arrays as lists, numbers as long or double

    private static Object json(HttpResponse<String> response) {
        String body = response.body();
        return body == null || body.isBlank() ? null : new JsonReader(body).document();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertThat(value).as("a JSON object").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value) {
        assertThat(value).as("a JSON array").isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static long number(Object value) {
        assertThat(value).as("a JSON integer").isInstanceOf(Long.class);
        return (Long) value;
    }

    private static final class JsonReader {
        private final String text;
        private int at;

        JsonReader(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            space();
            if (at != text.length()) {
                throw new IllegalArgumentException("not JSON after position " + at + ": " + text);
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                at++;
                Map<String, Object> object = new LinkedHashMap<>();
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expect('}');
                        return object;
                    }
                }
            }
            if (c == '[') {
                at++;
                List<Object> array = new ArrayList<>();
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                while (true) {
                    array.add(value());
                    space();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expect(']');
                        return array;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (Object literal : new Object[] {true, false, null}) {
                String word = String.valueOf(literal);
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return literal;
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            if (number.isEmpty()) {
                throw new IllegalArgumentException("not JSON at position " + start + ": " + text);
            }
            return number.matches("-?\\d+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private void expect(char c) {
            if (at >= text.length() || text.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at position " + at + ": " + text);
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
