// A scripted day on the two-node cluster of bench/cluster.sh, all through HAProxy (https):
// the administrator reactivates the two organisations that may not vote and invites one
// representative per voting organisation; the secretariat calls an extraordinary general assembly
// and opens a ballot; the representatives check in and vote in parallel while the invoice year is
// run, strategy updates are posted and people read; node B is killed (kill -9) when half the votes
// are acknowledged. Then the ballot is closed and counted, and the day prints its figures and
// exits non-zero when an invariant fails: votes counted = votes acknowledged, one invoice series
// without gaps, every representative still signed in, the audit chain intact, client errors only
// around the kill.
// Usage: java bench/ClusterDay.java --base https://127.0.0.1:PORT --cert tls.crt --password DEMO_PASSWORD
//            --kill-pid PID_OF_NODE_B --node-a http://127.0.0.1:A --node-b http://127.0.0.1:B
//            --stats http://127.0.0.1:S/stats
// (JDK 17's source launcher; no dependencies.)

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The day from start to end: setting up, the busy hour (see {@link Busy}), counting and checking. */
public class ClusterDay {
    static final String REP_ROLE = "member-representative";

    final Map<String, String> args;
    final Api api;
    final List<String> broken = new ArrayList<>();

    ClusterDay(Map<String, String> args, Api api) {
        this.args = args;
        this.api = api;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        for (String required : List.of("base", "cert", "password", "kill-pid", "node-a", "node-b", "stats")) {
            if (!args.containsKey(required)) {
                System.err.println("missing --" + required + " (see the comment on top of bench/ClusterDay.java)");
                System.exit(2);
            }
        }
        Api api = new Api(args.get("base"), trusting(Path.of(args.get("cert"))));
        int failed = new ClusterDay(args, api).run();
        System.exit(failed);
    }

    /** An SSL context that trusts exactly the given (self-signed) certificate. */
    static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("haproxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    int run() throws Exception {
        String password = args.get("password");
        Api.Session admin = api.login("demo-admin", password);
        Api.Session secretariat = api.login("demo-secretariat", password);

        // 1. the organisations that may not vote become active members again
        List<Map<String, Object>> voting = new ArrayList<>();
        List<String> reactivated = new ArrayList<>();
        for (Map<String, Object> org : members(admin)) {
            if ("SUPPLIER_PARTNER".equals(org.get("kind")) || !(org.get("membership") instanceof Map<?, ?> m)) {
                continue;
            }
            Object status = m.get("status");
            if ("WITHDRAWN".equals(status) || "SUSPENDED".equals(status)) {
                reactivate(admin, Json.num(org.get("id")));
                reactivated.add(org.get("name") + " " + status + " -> ACTIVE");
            } else if (!"ACTIVE".equals(status)) {
                continue;
            }
            voting.add(org);
        }
        say("organisations that may vote: %d (reactivated: %s)", voting.size(), String.join(", ", reactivated));

        // 2. one representative per voting organisation, each signed in with a session of its own
        double t = api.now();
        List<Busy.Rep> reps = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> invited = new ArrayList<>();
        for (int i = 0; i < voting.size(); i++) {
            int n = i + 1;
            Map<String, Object> org = voting.get(i);
            invited.add(pool.submit(() -> {
                reps.add(invite(admin, n, Json.num(org.get("id")), (String) org.get("name")));
                return null;
            }));
        }
        for (Future<?> f : invited) {
            f.get();
        }
        pool.shutdown();
        reps.sort((a, b) -> Integer.compare(a.n(), b.n()));
        say("representatives invited and signed in: %d in %.1f s", reps.size(), api.now() - t);

        // 3. an extraordinary general assembly with an open ballot
        LocalDate today = LocalDate.now();
        Map<String, Object> assembly = api.call(secretariat, "POST", "/voting/assemblies", Json.object(
                "kind", "EXTRAORDINARY", "title", "Ekstraordinær generalforsamling (klyngedag)",
                "heldAt", today.plusDays(20) + "T10:00:00", "place", "Online", "calledOn", today.toString(),
                "proposalsDue", today.toString(), "materialDue", today.plusDays(1).toString()), 201).map();
        long assemblyId = Json.num(assembly.get("id"));
        long itemId = Json.num(api.call(secretariat, "POST", "/voting/assemblies/" + assemblyId + "/items",
                Json.object("title", "Godkendelse af ny fælles løsning", "decisionType", "ORDINARY"), 201).map().get("id"));
        long ballotId = Json.num(api.call(secretariat, "POST", "/voting/assemblies/" + assemblyId + "/ballots",
                Json.object("itemId", itemId, "kind", "YES_NO", "decisionType", "ORDINARY",
                        "title", "Skal løsningen godkendes?", "seats", 0, "options", List.of()), 201).map().get("id"));
        api.call(secretariat, "POST", "/voting/ballots/" + ballotId + "/open", null, 200);
        say("assembly %d called, ballot %d open", assemblyId, ballotId);

        // 4.-6. the busy hour with the kill; next year's fees are indexed, so the year needs its index figure
        int year = today.getYear() + 1;
        Map<String, Object> index = api.call(secretariat, "GET", "/payments/index", null, 200).map();
        if (!index.containsKey(Integer.toString(year)) && !index.isEmpty()) {
            String latest = new TreeMap<>(index).lastKey();
            double value = Math.round(Double.parseDouble(String.valueOf(index.get(latest))) * 1.025 * 10) / 10.0;
            api.call(secretariat, "PUT", "/payments/index/" + year, Json.object("value", value), 200);
            say("index figure for %d set to %.1f (%s: %s)", year, value, latest, index.get(latest));
        }
        long pid = Long.parseLong(args.get("kill-pid"));
        Busy busy = new Busy(api, admin, secretariat, reps, assemblyId, ballotId, year, pid);
        busy.run();

        // 7. close, count, verify
        api.call(secretariat, "POST", "/voting/ballots/" + ballotId + "/close", null, 200);
        Map<String, Object> result = api.call(secretariat, "GET", "/voting/ballots/" + ballotId + "/result", null, 200).map();
        Map<String, Object> verify = api.call(secretariat, "GET", "/voting/ballots/" + ballotId + "/verify", null, 200).map();
        Map<String, Object> turnout = api.call(secretariat, "GET", "/voting/ballots/" + ballotId + "/turnout", null, 200).map();

        // 8. the figures
        say("---- the day's figures");
        report(busy, admin, secretariat, reps, year, result, verify, turnout);
        say("duration of the day: %.1f s", api.now());
        if (broken.isEmpty()) {
            say("ALL INVARIANTS HOLD");
            return 0;
        }
        say("INVARIANTS BROKEN: %s", String.join("; ", broken));
        return 1;
    }

    void report(Busy busy, Api.Session admin, Api.Session secretariat, List<Busy.Rep> reps, int year,
            Map<String, Object> result, Map<String, Object> verify, Map<String, Object> turnout) throws IOException {
        say("requests sent by clients: %d; %s", api.requests.get(), servedPerNode());
        List<Api.Failure> errors = api.failures();
        double kill = busy.killedAt;
        double first = errors.stream().mapToDouble(Api.Failure::at).min().orElse(Double.NaN);
        double last = errors.stream().mapToDouble(Api.Failure::at).max().orElse(Double.NaN);
        long outside = errors.stream().filter(e -> e.at() < kill - 0.5 || e.at() > kill + 5).count();
        say("errors seen by clients: %d%s (kill -9 at %.2f s; %d outside [-0.5 s, +5 s] of it)", errors.size(),
                errors.isEmpty() ? "" : String.format(", from %+.2f s to %+.2f s around the kill", first - kill, last - kill),
                kill, outside);
        errors.forEach(e -> say("    %+7.2f s  %-22s %s -> %s", e.at() - kill, e.who(), e.what(), e.outcome()));
        check(outside == 0, outside + " client errors away from the kill");
        busy.notes.forEach(n -> say("  %s", n));
        say("unexpected answers: %d", busy.unexpected.size());
        busy.unexpected.forEach(u -> say("    %s", u));
        check(busy.unexpected.isEmpty(), busy.unexpected.size() + " unexpected answers");

        Map<String, Long> expected = new TreeMap<>();
        busy.acknowledged.values().forEach(choice -> expected.merge(choice, 1L, Long::sum));
        Map<String, Long> counted = new TreeMap<>();
        Json.map(result.get("counts")).forEach((k, v) -> { if (Json.num(v) > 0) counted.put(k, Json.num(v)); });
        long cast = Json.num(result.get("cast"));
        say("votes acknowledged: %d %s; votes counted: %d %s (%s)", busy.acknowledged.size(), expected, cast, counted,
                result.get("summary"));
        check(cast == busy.acknowledged.size() && counted.equals(expected), "votes counted differ from votes acknowledged");
        say("ballot verification: ok=%s ballots=%s chain entries=%s problems=%s; turnout: voted %s, present %s, eligible %s",
                verify.get("ok"), verify.get("ballots"), verify.get("chainEntries"), verify.get("problems"),
                turnout.get("voted"), turnout.get("present"), turnout.get("eligible"));
        check(Boolean.TRUE.equals(verify.get("ok")), "ballot verification failed");

        invoices(secretariat, year, busy.runDone);

        int signedIn = 0;
        for (Busy.Rep r : reps) {
            signedIn += api.send(r.session(), "GET", "/auth/me", null).status() == 200 ? 1 : 0;
        }
        int onA = 0;
        for (Busy.Rep r : reps) {
            onA += api.send(r.session(), "GET", args.get("node-a") + "/api/v1/auth/me", null).status() == 200 ? 1 : 0;
        }
        say("representatives still signed in: %d of %d through HAProxy, %d of %d asked on node A directly (node B: %s)",
                signedIn, reps.size(), onA, reps.size(), nodeB());
        check(signedIn == reps.size() && onA == reps.size(), (reps.size() - Math.min(signedIn, onA)) + " sessions lost");

        Map<String, Object> consistency = api.call(admin, "GET", "/admin/consistency", null, 200).map();
        say("audit chain: intact=%s, %s entries, head %s", consistency.get("auditIntact"), consistency.get("auditEntries"),
                consistency.get("auditHead"));
        check(Boolean.TRUE.equals(consistency.get("auditIntact")), "audit chain not intact");
    }

    void invoices(Api.Session secretariat, int year, boolean runDone) throws IOException {
        List<Long> numbers = numbers(secretariat, year);
        List<Long> before = numbers(secretariat, year - 1);
        boolean gapless = !numbers.isEmpty() && numbers.get(numbers.size() - 1) - numbers.get(0) + 1 == numbers.size()
                && numbers.stream().distinct().count() == numbers.size();
        String joins = before.isEmpty() ? "no invoices in " + (year - 1)
                : (year - 1) + " ends at " + before.get(before.size() - 1)
                        + (numbers.isEmpty() || numbers.get(0) == before.get(before.size() - 1) + 1 ? ", continued without a gap" : ", GAP to " + year);
        say("invoices of %d: %d, numbers %s..%s, %s; %s", year, numbers.size(),
                numbers.isEmpty() ? "-" : numbers.get(0), numbers.isEmpty() ? "-" : numbers.get(numbers.size() - 1),
                gapless ? "one series without gaps" : "NOT one series without gaps", joins);
        check(runDone, "the invoice year did not end DONE");
        check(gapless && !joins.contains("GAP"), "invoice numbers have a gap");
    }

    List<Long> numbers(Api.Session s, int year) throws IOException {
        List<Long> numbers = new ArrayList<>();
        for (Object invoice : Json.list(api.call(s, "GET", "/payments/invoices?year=" + year, null, 200).json())) {
            numbers.add(Json.num(Json.map(invoice).get("number")));
        }
        Collections.sort(numbers);
        return numbers;
    }

    String nodeB() {
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create(args.get("node-b") + "/api/v1/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            return "answered " + HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return "no answer, " + e.getClass().getSimpleName();
        }
    }

    String servedPerNode() {
        try {
            HttpResponse<String> csv = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(args.get("stats") + ";csv")).build(), HttpResponse.BodyHandlers.ofString());
            StringBuilder out = new StringBuilder("HAProxy's sessions per node:");
            for (String line : csv.body().split("\n")) {
                String[] f = line.split(",", -1);
                if (f.length > 20 && f[0].equals("platform") && !f[1].equals("BACKEND")) {
                    out.append(' ').append(f[1]).append('=').append(f[7]).append(" (").append(f[17]).append(')');
                }
            }
            return out.toString();
        } catch (IOException | InterruptedException e) {
            return "HAProxy's stats not readable: " + e;
        }
    }

    List<Map<String, Object>> members(Api.Session s) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        long total;
        do {
            Map<String, Object> page = api.call(s, "GET", "/members?limit=100&offset=" + all.size(), null, 200).map();
            Json.list(page.get("items")).forEach(o -> all.add(Json.map(o)));
            total = Json.num(page.get("total"));
            if (Json.list(page.get("items")).isEmpty()) {
                break;
            }
        } while (all.size() < total);
        return all;
    }

    void reactivate(Api.Session admin, long id) throws IOException {
        Api.Answer got = api.call(admin, "GET", "/members/" + id, null, 200);
        Map<String, Object> org = got.map();
        Map<String, Object> membership = Json.map(org.get("membership"));
        Map<String, Object> change = new LinkedHashMap<>();
        for (String field : List.of("cvr", "ean", "name", "kind", "municipalityCode", "region", "population")) {
            change.put(field, org.get(field));
        }
        change.put("manualSizeTier", null);
        change.put("joined", membership.get("joined"));
        change.put("status", "ACTIVE");
        api.call(admin, "PUT", "/members/" + id, Json.write(change), Map.of("If-Match", got.header("ETag")), 200);
    }

    Busy.Rep invite(Api.Session admin, int n, long organisation, String orgName) throws IOException {
        Map<String, Object> invitation = api.call(admin, "POST", "/users", Json.object(
                "email", "repraesentant" + n + "@kommune" + organisation + ".example.dk",
                "displayName", "Repræsentant for " + orgName, "roles", List.of(REP_ROLE),
                "organisationId", organisation), 201).map();
        String link = (String) invitation.get("link");
        String token = link.substring(link.lastIndexOf('/') + 1);
        Api.Session session = new Api.Session("representative " + n);
        api.signIn(session, "/auth/invitation/accept", Json.object("token", token, "password", "Stemmeseddel-7Kq-2026-" + n));
        return new Busy.Rep(n, organisation, session);
    }

    void check(boolean holds, String what) {
        if (!holds) {
            broken.add(what);
        }
    }

    static synchronized void say(String format, Object... values) {
        System.out.println(String.format(format, values));
        System.out.flush();
    }
}

/** HTTP through HAProxy: sessions by cookie and CSRF token, every request counted, every failure kept with its time. */
final class Api {
    /** A signed-in user: its own session cookie and CSRF token. */
    static final class Session {
        final String who;
        volatile String cookie;
        volatile String csrf;

        Session(String who) {
            this.who = who;
        }
    }

    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        Object json() {
            return Json.parse(body);
        }

        Map<String, Object> map() {
            return Json.map(json());
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A request whose answer never came (IOException) or came as a server error, {@code at} seconds into the day. */
    record Failure(double at, String who, String what, String outcome) {}

    final HttpClient http;
    final String base;
    final long start = System.nanoTime();
    final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

    Api(String base, SSLContext tls) {
        this.base = base + "/api/v1";
        this.http = HttpClient.newBuilder()
                .sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    double now() {
        return (System.nanoTime() - start) / 1e9;
    }

    List<Failure> failures() {
        synchronized (failures) {
            return new ArrayList<>(failures);
        }
    }

    Session login(String username, String password) throws IOException {
        Session s = new Session(username);
        signIn(s, "/auth/login", Json.object("username", username, "password", password));
        return s;
    }

    /** Login or invitation: the answer's cookie and CSRF token become the session's. */
    void signIn(Session s, String path, String body) throws IOException {
        Answer a = call(s, "POST", path, body, 200);
        String cookie = a.header("Set-Cookie");
        s.cookie = cookie == null ? null : cookie.split(";", 2)[0];
        s.csrf = (String) a.map().get("csrfToken");
    }

    /** A request: an answer of any status, or IOException when none came; failures are recorded. */
    Answer send(Session s, String method, String path, String json) throws IOException {
        return send(s, method, path, json, Map.of());
    }

    Answer send(Session s, String method, String path, String json, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (s != null && s.cookie != null) {
            b.header("Cookie", s.cookie);
        }
        if (s != null && s.csrf != null && !method.equals("GET")) {
            b.header("X-CSRF-Token", s.csrf);
        }
        headers.forEach(b::header);
        requests.incrementAndGet();
        String what = method + " " + path.replaceAll("\\?.*", "");
        String who = s == null ? "anonymous" : s.who;
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 500) {
                failures.add(new Failure(now(), who, what, r.statusCode() + " " + abbreviate(r.body())));
            }
            return new Answer(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            failures.add(new Failure(now(), who, what, e.getClass().getSimpleName() + " " + e.getMessage()));
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A request that must answer the expected status; anything else stops the day with what came. */
    Answer call(Session s, String method, String path, String json, int expected) throws IOException {
        return call(s, method, path, json, Map.of(), expected);
    }

    Answer call(Session s, String method, String path, String json, Map<String, String> headers, int expected)
            throws IOException {
        Answer a = send(s, method, path, json, headers);
        if (a.status() != expected) {
            throw new IllegalStateException(
                    method + " " + path + " as " + (s == null ? "anonymous" : s.who) + " answered " + a.status()
                            + " (expected " + expected + "): " + abbreviate(a.body()));
        }
        return a;
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}

/**
 * The busy hour: every representative checks in and votes (a pool of 24 threads, people arriving over
 * five seconds), while the secretariat runs the invoice year, strategy updates are posted and people
 * read; node B is killed when half the votes are acknowledged.
 */
final class Busy {
    record Rep(int n, long organisation, Api.Session session) {}

    static final String[] CHOICES = {"YES", "YES", "NO", "YES", "ABSTAIN"};

    final Api api;
    final Api.Session admin;
    final Api.Session secretariat;
    final List<Rep> reps;
    final long assembly;
    final long ballot;
    final int year;
    final long pid;
    /** organisation -> the choice the platform acknowledged (or that participation showed recorded). */
    final Map<Long, String> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
    final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    final java.util.Random random = new java.util.Random(17);
    volatile double killedAt = Double.NaN;
    volatile boolean over;
    volatile boolean runDone;
    volatile String runState = "not started";
    volatile boolean runStarted;
    int updates;

    Busy(Api api, Api.Session admin, Api.Session secretariat, List<Rep> reps, long assembly, long ballot, int year, long pid) {
        this.api = api;
        this.admin = admin;
        this.secretariat = secretariat;
        this.reps = reps;
        this.assembly = assembly;
        this.ballot = ballot;
        this.year = year;
        this.pid = pid;
    }

    void run() throws Exception {
        double start = api.now();
        Thread readers = background("readers", this::read);
        Thread moreReaders = background("more readers", this::read);
        Thread strategy = background("strategy", this::postUpdates);
        Thread invoicing = background("invoicing", this::invoiceYear);
        Thread killer = background("kill", this::kill);
        ExecutorService voters = Executors.newFixedThreadPool(24);
        List<Future<?>> votes = new ArrayList<>();
        for (Rep r : reps) {
            votes.add(voters.submit(() -> vote(r)));
        }
        for (Future<?> f : votes) {
            f.get();
        }
        voters.shutdown();
        killer.join();
        secondVotes();
        invoicing.join();
        over = true;
        readers.join();
        moreReaders.join();
        strategy.join();
        ClusterDay.say("busy hour: %.1f s; votes acknowledged %d of %d; strategy updates posted %d; invoice year %s",
                api.now() - start, acknowledged.size(), reps.size(), updates, runDone ? "DONE" : "NOT DONE");
    }

    Thread background(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                unexpected.add(name + ": " + e.getMessage());
            }
        }, name);
        t.start();
        return t;
    }

    void kill() {
        while (acknowledged.size() < reps.size() / 2 || !runStarted) {
            pause(5);
        }
        int at = acknowledged.size();
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        node.destroyForcibly();
        killedAt = api.now();
        try {
            node.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            unexpected.add("node B (pid " + pid + ") did not end after SIGKILL");
        }
        ClusterDay.say("kill -9 node B (pid %d) at %.2f s, after %d of %d votes acknowledged; invoice run then: %s",
                pid, killedAt, at, reps.size(), runState);
    }

    Void vote(Rep r) throws InterruptedException {
        Thread.sleep(random(0, 5000)); // people arrive over five seconds
        String attendance = "/voting/assemblies/" + assembly + "/attendance";
        for (int attempt = 1; attempt <= 5; attempt++) { // a check-in is idempotent: sent again when no answer came
            try {
                Api.Answer a = api.send(r.session(), "POST", attendance, "{}");
                if (a.status() < 500) {
                    if (a.status() != 204) {
                        unexpected.add(r.session().who + ": check-in answered " + a.status() + " " + Api.abbreviate(a.body()));
                    }
                    break;
                }
                // a proxy error (the node died while answering): recorded as a client error, sent again
                notes.add(String.format("%s: check-in answered %d; sent again", r.session().who, a.status()));
            } catch (IOException e) {
                // recorded as a client error; tried again
            }
            Thread.sleep(300);
        }
        read(r.session(), "/auth/me");
        Thread.sleep(random(200, 1200));
        String choice = CHOICES[r.n() % CHOICES.length];
        for (int attempt = 1; attempt <= 5; attempt++) {
            double sent = api.now();
            try {
                Api.Answer a = api.send(r.session(), "POST", "/voting/ballots/" + ballot + "/votes",
                        Json.object("choice", List.of(choice)));
                if (a.status() == 201) {
                    acknowledged.put(r.organisation(), choice);
                    if (attempt > 1) {
                        notes.add(r.session().who + ": vote sent again after the check, acknowledged: " + Api.abbreviate(a.body()));
                    }
                    return null;
                }
                if (a.status() < 500) {
                    unexpected.add(r.session().who + ": vote answered " + a.status() + " " + Api.abbreviate(a.body()));
                    return null;
                }
            } catch (IOException e) {
                // no answer: recorded as a client error; checked below
            }
            // the answer never came (or a proxy error): ask whether the vote was recorded before sending it again
            Boolean recorded = recorded(r);
            if (Boolean.TRUE.equals(recorded)) {
                acknowledged.put(r.organisation(), choice);
                notes.add(String.format("%s: vote sent at %.2f s got no answer; participation shows it recorded, not sent again",
                        r.session().who, sent));
                return null;
            }
            notes.add(String.format("%s: vote sent at %.2f s got no answer; participation shows %s, sent again",
                    r.session().who, sent, recorded == null ? "nothing (no answer)" : "no vote"));
            Thread.sleep(300);
        }
        unexpected.add(r.session().who + ": vote never acknowledged");
        return null;
    }

    /** Whether the representative's organisation has voted in the ballot, by its participation; null if no answer. */
    Boolean recorded(Rep r) throws InterruptedException {
        for (int attempt = 1; attempt <= 10; attempt++) {
            try {
                Api.Answer a = api.send(r.session(), "GET", "/voting/assemblies/" + assembly + "/participation", null);
                if (a.status() == 200) {
                    return Json.list(a.map().get("ballots")).stream().anyMatch(b -> Json.num(Json.map(b).get("ballotId")) == ballot);
                }
            } catch (IOException e) {
                // tried again
            }
            Thread.sleep(300);
        }
        return null;
    }

    /** A representative votes a second time with another choice: what the platform does with it. */
    void secondVotes() {
        for (Rep r : reps.subList(0, Math.min(2, reps.size()))) {
            String first = acknowledged.get(r.organisation());
            String again = "NO".equals(first) ? "YES" : "NO";
            try {
                Api.Answer a = api.send(r.session(), "POST", "/voting/ballots/" + ballot + "/votes",
                        Json.object("choice", List.of(again)));
                notes.add("second vote by " + r.session().who + " (" + first + ", then " + again + "): " + a.status()
                        + " " + Api.abbreviate(a.body()));
                if (a.status() == 201) {
                    acknowledged.put(r.organisation(), again);
                }
            } catch (IOException e) {
                unexpected.add("second vote by " + r.session().who + ": no answer " + e);
            }
        }
    }

    /** Steady reading until the day is over: who am I, member lists, the assembly. */
    void read() {
        while (!over) {
            Rep r = reps.get(random(0, reps.size() - 1));
            read(r.session(), "/auth/me");
            read(admin, "/members?limit=20&offset=" + random(0, 80));
            read(secretariat, "/voting/assemblies/" + assembly);
            pause(30);
        }
    }

    void read(Api.Session s, String path) {
        try {
            Api.Answer a = api.send(s, "GET", path, null);
            if (a.status() != 200 && a.status() < 500) {
                unexpected.add(s.who + ": GET " + path + " answered " + a.status() + " " + Api.abbreviate(a.body()));
            }
        } catch (IOException e) {
            // recorded as a client error
        }
    }

    /** The secretariat posts a strategy update every 400 ms to one of the initiatives. */
    void postUpdates() {
        List<Long> initiatives = new ArrayList<>();
        try {
            Json.list(api.call(secretariat, "GET", "/initiatives?limit=50", null, 200).map().get("items"))
                    .forEach(i -> initiatives.add(Json.num(Json.map(i).get("id"))));
        } catch (IOException e) {
            unexpected.add("initiatives not listed: " + e);
            return;
        }
        while (!over && !initiatives.isEmpty()) {
            long id = initiatives.get(random(0, initiatives.size() - 1));
            try {
                Api.Answer a = api.send(secretariat, "POST", "/initiatives/" + id + "/updates",
                        Json.object("text", "Status fra dagen: arbejdet skrider frem (" + (updates + 1) + ")"));
                if (a.status() == 201) {
                    updates++;
                } else if (a.status() < 500) {
                    unexpected.add("strategy update answered " + a.status() + " " + Api.abbreviate(a.body()));
                }
            } catch (IOException e) {
                // recorded as a client error; not sent again (a change is not repeated blindly)
            }
            pause(400);
        }
    }

    /** Starts the invoice year just before the kill (four votes before half); a run that fails is started again. */
    void invoiceYear() {
        while (acknowledged.size() < reps.size() / 2 - 4) {
            pause(5);
        }
        Long run = startRun();
        runStarted = true;
        while (run != null) {
            pause(250);
            Map<String, Object> status;
            try {
                Api.Answer a = api.send(secretariat, "GET", "/payments/runs/" + run, null);
                if (a.status() != 200) {
                    continue;
                }
                status = a.map();
            } catch (IOException e) {
                continue;
            }
            String state = (String) status.get("state");
            runState = "run " + run + " " + state;
            if ("DONE".equals(state)) {
                runDone = true;
                List<Object> problems = Json.list(status.get("problems"));
                notes.add(String.format("invoice run %d DONE at %.2f s: members %s, created %s, skipped %s, with problems %s%s",
                        run, api.now(), status.get("members"), status.get("created"), status.get("skipped"),
                        status.get("withProblems"), problems == null || problems.isEmpty() ? ""
                                : " (first: " + problems.get(0) + ")"));
                return;
            }
            if ("FAILED".equals(state)) {
                notes.add(String.format("invoice run %d FAILED at %.2f s (%.1f s after the kill): %s; started again",
                        run, api.now(), api.now() - killedAt, status.get("error")));
                run = startRun();
            } else if (!Double.isNaN(killedAt) && api.now() - killedAt > 90) {
                notes.add(String.format("invoice run %d still %s 90 s after the kill (%s)", run, state, Api.abbreviate(
                        Json.write(status))));
                return;
            }
        }
    }

    Long startRun() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                Api.Answer a = api.send(secretariat, "POST", "/payments/runs", Json.object("year", year));
                if (a.status() == 202) {
                    long id = Json.num(a.map().get("id"));
                    runState = "run " + id + " " + a.map().get("state");
                    notes.add(String.format("invoice run %d for %d accepted at %.2f s", id, year, api.now()));
                    return id;
                }
                unexpected.add("invoice run for " + year + " answered " + a.status() + " " + Api.abbreviate(a.body()));
                return null;
            } catch (IOException e) {
                // no answer: did a run start? the newest run of the year says
                try {
                    for (Object o : Json.list(api.call(secretariat, "GET", "/payments/runs", null, 200).json())) {
                        Map<String, Object> r = Json.map(o);
                        if (Json.num(r.get("year")) == year && "RUNNING".equals(r.get("state"))) {
                            return Json.num(r.get("id"));
                        }
                    }
                } catch (IOException again) {
                    // tried again
                }
            }
            pause(500);
        }
        return null;
    }

    int random(int from, int to) {
        synchronized (random) {
            return from + random.nextInt(to - from + 1);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

/** Just enough JSON: parses into Map, List, String, Long, Double, Boolean and null, and writes them back. */
final class Json {
    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        Json p = new Json(text);
        Object value = p.value();
        p.space();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("trailing text at " + p.i + ": " + Api.abbreviate(text));
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** An object from name, value pairs, as JSON text. */
    static String object(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put((String) pairs[k], pairs[k + 1]);
        }
        return write(m);
    }

    static String write(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof String str) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : str.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }
        if (o instanceof Map<?, ?> m) {
            List<String> fields = new ArrayList<>();
            m.forEach((k, v) -> fields.add(write(k) + ":" + write(v)));
            return "{" + String.join(",", fields) + "}";
        }
        if (o instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(v -> items.add(write(v)));
            return "[" + String.join(",", items) + "]";
        }
        return o.toString(); // numbers and booleans
    }

    private Object value() {
        space();
        char c = s.charAt(i);
        switch (c) {
            case '{': {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    m.put(key, value());
                    space();
                } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != '}') {
                    throw new IllegalArgumentException("expected } at " + (i - 1));
                }
                return m;
            }
            case '[': {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                do {
                    l.add(value());
                    space();
                } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != ']') {
                    throw new IllegalArgumentException("expected ] at " + (i - 1));
                }
                return l;
            }
            case '"':
                return string();
            default:
                int from = i;
                while (i < s.length() && "{}[],: \t\r\n\"".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                String word = s.substring(from, i);
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> word.matches("-?\\d+") ? (Object) Long.valueOf(word) : (Object) Double.valueOf(word);
                };
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e); // \" \\ \/
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private void expect(char c) {
        if (s.charAt(i++) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
        }
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
