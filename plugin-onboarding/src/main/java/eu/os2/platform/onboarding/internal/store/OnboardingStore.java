package eu.os2.platform.onboarding.internal.store;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Mark;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The onboarding plugin's tables in plain JDBC. */
public class OnboardingStore {

    private static final String PRODUCT_COLUMNS = "id, name, purpose, repository_url, licence, licence_clarifying, step, level, owners, supporters,"
            + " coordinator, steering_group, coordination_group, suppliers, links, facts, version";
    private static final String ASSESSMENT_COLUMNS = "id, product_id, round, catalogue, state, marks, lights, evaluation, review, recommended, decided,"
            + " reason, version";

    private final DataSource dataSource;
    private final JdbcQueries queries;

    public OnboardingStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.queries = new JdbcQueries(dataSource, "onboarding");
    }

    // ---- products

    public List<Product> products() {
        return queries.query("SELECT " + PRODUCT_COLUMNS + " FROM onboarding_product ORDER BY LOWER(name)", ps -> {}, OnboardingStore::products);
    }

    public Optional<Product> product(long id) {
        return queries.query("SELECT " + PRODUCT_COLUMNS + " FROM onboarding_product WHERE id = ?", ps -> ps.setLong(1, id), OnboardingStore::products)
                .stream().findFirst();
    }

    public Optional<Product> byName(String name) {
        return queries.query("SELECT " + PRODUCT_COLUMNS + " FROM onboarding_product WHERE LOWER(name) = LOWER(?)", ps -> ps.setString(1, name),
                OnboardingStore::products).stream().findFirst();
    }

    private static List<Product> products(ResultSet rs) throws SQLException {
        List<Product> result = new ArrayList<>();
        while (rs.next()) {
            result.add(new Product(rs.getLong("id"), rs.getString("name"), rs.getString("purpose"), rs.getString("repository_url"),
                    rs.getString("licence"), rs.getBoolean("licence_clarifying"), PipelineStep.valueOf(rs.getString("step")),
                    ProductLevel.valueOf(rs.getString("level")), ids(rs.getString("owners")), ids(rs.getString("supporters")),
                    rs.getString("coordinator"), lines(rs.getString("steering_group")), lines(rs.getString("coordination_group")),
                    lines(rs.getString("suppliers")), lines(rs.getString("links")), lines(rs.getString("facts")), rs.getLong("version")));
        }
        return result;
    }

    public long insertProduct(Product p) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO onboarding_product (name, purpose, repository_url, licence, licence_clarifying,"
                        + " step, level, owners, supporters, coordinator, steering_group, coordination_group, suppliers, links, facts, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, p);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Replaces every field (step and level included) if the version is the expected one. */
    public void updateProduct(Product p, long expectedVersion) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE onboarding_product SET name = ?, purpose = ?, repository_url = ?, licence = ?,"
                        + " licence_clarifying = ?, step = ?, level = ?, owners = ?, supporters = ?, coordinator = ?, steering_group = ?,"
                        + " coordination_group = ?, suppliers = ?, links = ?, facts = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            bind(ps, p);
            ps.setLong(16, p.id());
            ps.setLong(17, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw stale("product " + p.id(), "onboarding_product", p.id());
            }
        }
    }

    private static void bind(PreparedStatement ps, Product p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.purpose());
        ps.setString(3, p.repositoryUrl());
        ps.setString(4, p.licence());
        ps.setBoolean(5, p.licenceBeingClarified());
        ps.setString(6, p.step().name());
        ps.setString(7, p.level().name());
        ps.setString(8, String.join("\n", p.owners().stream().map(String::valueOf).toList()));
        ps.setString(9, String.join("\n", p.supporters().stream().map(String::valueOf).toList()));
        ps.setString(10, p.coordinator());
        ps.setString(11, String.join("\n", p.steeringGroup()));
        ps.setString(12, String.join("\n", p.coordinationGroup()));
        ps.setString(13, String.join("\n", p.suppliers()));
        ps.setString(14, String.join("\n", p.links()));
        ps.setString(15, String.join("\n", p.facts()));
    }

    static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    static List<Long> ids(String text) {
        return lines(text).stream().map(Long::parseLong).toList();
    }

    // ---- history and exceptions

    /** One entry in a product's history: a step, a gate exception, a level decision. */
    public record HistoryEntry(Instant at, String actor, String kind, String text) {}

    public void history(long productId, String actor, String kind, String text, Instant at) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO onboarding_history (product_id, happened_at, actor, kind, text) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, productId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, actor);
            ps.setString(4, kind);
            ps.setString(5, text.length() > 2000 ? text.substring(0, 2000) : text);
            ps.executeUpdate();
        }
    }

    public List<HistoryEntry> history(long productId) {
        return queries.query("SELECT happened_at, actor, kind, text FROM onboarding_history WHERE product_id = ? ORDER BY id DESC", ps -> ps.setLong(1, productId),
                rs -> {
                    List<HistoryEntry> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                    return result;
                });
    }

    public Map<String, String> exceptions(long productId) {
        return queries.query("SELECT gate, explanation FROM onboarding_exception WHERE product_id = ?", ps -> ps.setLong(1, productId), rs -> {
            Map<String, String> result = new LinkedHashMap<>();
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
            return result;
        });
    }

    public void putException(long productId, String gate, String explanation, String actor) throws SQLException {
        queries.transaction(con -> {
            try (PreparedStatement del = con.prepareStatement("DELETE FROM onboarding_exception WHERE product_id = ? AND gate = ?");
                    PreparedStatement ins = con.prepareStatement("INSERT INTO onboarding_exception (product_id, gate, explanation, actor) VALUES (?, ?, ?, ?)")) {
                del.setLong(1, productId);
                del.setString(2, gate);
                del.executeUpdate();
                ins.setLong(1, productId);
                ins.setString(2, gate);
                ins.setString(3, explanation);
                ins.setString(4, actor);
                ins.executeUpdate();
            }
        });
    }

    // ---- assessments

    public Optional<Assessment> assessment(long productId, String round) {
        return queries.query("SELECT " + ASSESSMENT_COLUMNS + " FROM onboarding_assessment WHERE product_id = ? AND round = ?", ps -> {
            ps.setLong(1, productId);
            ps.setString(2, round);
        }, OnboardingStore::assessments).stream().findFirst();
    }

    public Optional<Assessment> assessment(long id) {
        return queries.query("SELECT " + ASSESSMENT_COLUMNS + " FROM onboarding_assessment WHERE id = ?", ps -> ps.setLong(1, id), OnboardingStore::assessments)
                .stream().findFirst();
    }

    public List<Assessment> assessments(String round) {
        return queries.query("SELECT " + ASSESSMENT_COLUMNS + " FROM onboarding_assessment WHERE round = ? ORDER BY product_id", ps -> ps.setString(1, round),
                OnboardingStore::assessments);
    }

    public List<Assessment> assessmentsOf(long productId) {
        return queries.query("SELECT " + ASSESSMENT_COLUMNS + " FROM onboarding_assessment WHERE product_id = ? ORDER BY round DESC", ps -> ps.setLong(1, productId),
                OnboardingStore::assessments);
    }

    private static List<Assessment> assessments(ResultSet rs) throws SQLException {
        List<Assessment> result = new ArrayList<>();
        while (rs.next()) {
            String recommended = rs.getString("recommended");
            String decided = rs.getString("decided");
            result.add(new Assessment(rs.getLong("id"), rs.getLong("product_id"), rs.getString("round"), rs.getString("catalogue"),
                    AssessmentState.valueOf(rs.getString("state")), marks(rs.getString("marks")), lights(rs.getString("lights")),
                    rs.getString("evaluation"), rs.getString("review"), recommended == null ? null : ProductLevel.valueOf(recommended),
                    decided == null ? null : ProductLevel.valueOf(decided), rs.getString("reason"), rs.getLong("version")));
        }
        return result;
    }

    /** Marks one per line: code|STATUS (or empty)|explanation|evidence separated by spaces. */
    static String marks(Map<String, Mark> marks) {
        StringBuilder s = new StringBuilder();
        marks.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).forEach(m -> s.append(m.code()).append('|')
                .append(m.status() == null ? "" : m.status().name()).append('|').append(clean(m.explanation())).append('|')
                .append(String.join(" ", m.evidence().stream().map(OnboardingStore::clean).map(e -> e.replace(' ', '_')).toList())).append('\n'));
        return s.toString();
    }

    static Map<String, Mark> marks(String text) {
        Map<String, Mark> result = new LinkedHashMap<>();
        for (String line : lines(text)) {
            String[] p = line.split("\\|", -1);
            result.put(p[0], new Mark(p[0], p[1].isEmpty() ? null : Mark.Status.valueOf(p[1]), p[2].isEmpty() ? null : p[2],
                    p[3].isEmpty() ? List.of() : Arrays.stream(p[3].split(" ")).map(e -> e.replace('_', ' ')).toList()));
        }
        return result;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
    }

    static String lights(Map<String, String> lights) {
        StringBuilder s = new StringBuilder();
        lights.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        return s.toString();
    }

    static Map<String, String> lights(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines(text)) {
            String[] p = line.split("=", 2);
            result.put(p[0], p[1]);
        }
        return result;
    }

    public long insertAssessment(Assessment a) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO onboarding_assessment (product_id, round, catalogue, state, marks, lights, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, a.productId());
            ps.setString(2, a.round());
            ps.setString(3, a.catalogue());
            ps.setString(4, a.state().name());
            ps.setString(5, marks(a.marks()));
            ps.setString(6, lights(a.lights()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Stores the assessment's fields if its version is the expected one and its state is {@code from}. */
    public void updateAssessment(Assessment a, long expectedVersion, AssessmentState from) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE onboarding_assessment SET state = ?, marks = ?, lights = ?, evaluation = ?, review = ?,"
                        + " recommended = ?, decided = ?, reason = ?, version = version + 1 WHERE id = ? AND version = ? AND state = ?")) {
            ps.setString(1, a.state().name());
            ps.setString(2, marks(a.marks()));
            ps.setString(3, lights(a.lights()));
            ps.setString(4, a.evaluation());
            ps.setString(5, a.review());
            ps.setString(6, a.recommended() == null ? null : a.recommended().name());
            ps.setString(7, a.decided() == null ? null : a.decided().name());
            ps.setString(8, a.reason());
            ps.setLong(9, a.id());
            ps.setLong(10, expectedVersion);
            ps.setString(11, from.name());
            if (ps.executeUpdate() == 0) {
                throw stale("assessment " + a.id(), "onboarding_assessment", a.id());
            }
        }
    }

    // ---- plumbing

    private ConcurrentChangeException stale(String what, String table, long id) {
        return queries.stale(what + " was changed meanwhile", table, "id", id);
    }
}
