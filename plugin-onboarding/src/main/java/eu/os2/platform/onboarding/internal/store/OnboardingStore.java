package eu.os2.platform.onboarding.internal.store;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.Transactions;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The onboarding plugin's tables in plain JDBC. Every change is one transaction of its own, history
 * entry included; callers never see a connection or an {@code SQLException}. A service runs a whole
 * change (the store's writes and the audit entry) in {@link #inTransaction(Supplier)}: the store's
 * own transactions then become savepoints of it.
 *
 * <p>Past 400 lines because the products, their history, assessments and marks are written together
 * (a level decision touches all four in one transaction); splitting would split those transactions.
 */
@Component(service = OnboardingStore.class)
public class OnboardingStore {

    private static final String PRODUCT_COLUMNS =
            "id, name, purpose, repository_url, licence, licence_clarifying, step, level,"
                    + " owners, supporters, coordinator, steering_group, coordination_group, suppliers, links, facts, version";
    private static final String ASSESSMENT_COLUMNS =
            "id, product_id, round, catalogue, state, marks, lights, evaluation, review,"
                    + " recommended, decided, reason, version";

    /** The plugin's Liquibase changelog. */
    public static final String CHANGELOG = "db/onboarding/changelog.yaml";
    /** The unique key of a product's name. */
    public static final String PRODUCT_NAME = "uq_onboarding_product_name";
    /** The unique key of a product's assessment for a round. */
    public static final String ASSESSMENT_ROUND = "uq_onboarding_assessment_round";

    private final DataSource dataSource;
    private final JdbcQueries queries;

    /** The store on the platform database, its tables migrated to the bundle's changelog. */
    @Activate
    public OnboardingStore(@Reference PlatformStorage storage) {
        this(migrated(storage));
    }

    // not public: Declarative Services would weigh it as a second constructor and log an error at every start
    private OnboardingStore(DataSource dataSource) {
        this.dataSource = Transactions.joining(dataSource);
        this.queries = new JdbcQueries(this.dataSource, "onboarding");
    }

    /** @return the store on a database whose tables exist (tests); its connections join {@link #inTransaction(Supplier)} */
    public static OnboardingStore over(DataSource dataSource) {
        return new OnboardingStore(dataSource);
    }

    /**
     * Runs a whole change in one transaction on the platform database ({@link Transactions#run}): the
     * store's writes, the audit entry (appended last) and anything else written on this thread commit
     * together or not at all. Events are posted after it returns.
     *
     * @return what the work returned
     */
    public <T> T inTransaction(Supplier<T> work) {
        return Transactions.run(dataSource, work);
    }

    private static DataSource migrated(PlatformStorage storage) {
        storage.migrate(FrameworkUtil.getBundle(OnboardingStore.class), CHANGELOG);
        return storage.dataSource();
    }

    // ---- products

    public List<Product> products() {
        return queries.query(
                "SELECT " + PRODUCT_COLUMNS + " FROM onboarding_product ORDER BY LOWER(name)",
                ps -> {},
                OnboardingStore::products);
    }

    public Optional<Product> product(long id) {
        return queries
                .query(
                        "SELECT " + PRODUCT_COLUMNS + " FROM onboarding_product WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        OnboardingStore::products)
                .stream()
                .findFirst();
    }

    public Optional<Product> byName(String name) {
        return queries
                .query(
                        "SELECT " + PRODUCT_COLUMNS + " FROM onboarding_product WHERE LOWER(name) = LOWER(?)",
                        ps -> ps.setString(1, name),
                        OnboardingStore::products)
                .stream()
                .findFirst();
    }

    private static List<Product> products(ResultSet rs) throws SQLException {
        List<Product> result = new ArrayList<>();
        while (rs.next()) {
            result.add(new Product(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("purpose"),
                    rs.getString("repository_url"),
                    rs.getString("licence"),
                    rs.getBoolean("licence_clarifying"),
                    PipelineStep.valueOf(rs.getString("step")),
                    ProductLevel.valueOf(rs.getString("level")),
                    Columns.ids(rs.getString("owners")),
                    Columns.ids(rs.getString("supporters")),
                    rs.getString("coordinator"),
                    Columns.lines(rs.getString("steering_group")),
                    Columns.lines(rs.getString("coordination_group")),
                    Columns.lines(rs.getString("suppliers")),
                    Columns.lines(rs.getString("links")),
                    Columns.lines(rs.getString("facts")),
                    rs.getLong("version")));
        }
        return result;
    }

    /**
     * Inserts the product and its first history entry in one transaction.
     *
     * @return the new product's id
     * @throws DuplicateKeyException when a product has the name already ({@link #PRODUCT_NAME})
     */
    public long insertProduct(Product p, HistoryEntry first) {
        return write("product " + p.name(), con -> {
            long id;
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO onboarding_product (name, purpose, repository_url, licence,"
                            + " licence_clarifying, step, level, owners, supporters, coordinator, steering_group, coordination_group, suppliers,"
                            + " links, facts, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, p);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertHistory(con, id, first);
            return id;
        });
    }

    /**
     * Replaces every field (step and level included) if the version is the expected one, and adds the
     * history entry (when not null) in the same transaction.
     *
     * @throws ConcurrentChangeException when the version is not the expected one
     * @throws DuplicateKeyException when another product has the name ({@link #PRODUCT_NAME})
     */
    public void updateProduct(Product p, long expectedVersion, HistoryEntry note) {
        write("product " + p.id(), con -> {
            updateProduct(con, p, expectedVersion);
            if (note != null) {
                insertHistory(con, p.id(), note);
            }
            return null;
        });
    }

    private void updateProduct(Connection con, Product p, long expectedVersion) throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("UPDATE onboarding_product SET name = ?, purpose = ?, repository_url = ?,"
                        + " licence = ?, licence_clarifying = ?, step = ?, level = ?, owners = ?, supporters = ?, coordinator = ?,"
                        + " steering_group = ?, coordination_group = ?, suppliers = ?, links = ?, facts = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")) {
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
        ps.setString(
                8, String.join("\n", p.owners().stream().map(String::valueOf).toList()));
        ps.setString(
                9,
                String.join("\n", p.supporters().stream().map(String::valueOf).toList()));
        ps.setString(10, p.coordinator());
        ps.setString(11, String.join("\n", p.steeringGroup()));
        ps.setString(12, String.join("\n", p.coordinationGroup()));
        ps.setString(13, String.join("\n", p.suppliers()));
        ps.setString(14, String.join("\n", p.links()));
        ps.setString(15, String.join("\n", p.facts()));
    }

    // ---- history and exceptions

    /** Adds an entry to the product's history. */
    public void history(long productId, HistoryEntry entry) {
        write("history of product " + productId, con -> {
            insertHistory(con, productId, entry);
            return null;
        });
    }

    private static void insertHistory(Connection con, long productId, HistoryEntry entry) throws SQLException {
        String text = entry.text();
        try (PreparedStatement ps =
                con.prepareStatement("INSERT INTO onboarding_history (product_id, happened_at, actor, kind, text)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, productId);
            ps.setTimestamp(2, Timestamp.from(entry.at()));
            ps.setString(3, entry.actor());
            ps.setString(4, entry.kind());
            ps.setString(5, text.length() > 2000 ? text.substring(0, 2000) : text);
            ps.executeUpdate();
        }
    }

    public List<HistoryEntry> history(long productId) {
        return queries.query(
                "SELECT happened_at, actor, kind, text FROM onboarding_history WHERE product_id = ? ORDER BY id DESC",
                ps -> ps.setLong(1, productId),
                rs -> {
                    List<HistoryEntry> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new HistoryEntry(
                                rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                    return result;
                });
    }

    public Map<String, String> exceptions(long productId) {
        return queries.query(
                "SELECT gate, explanation FROM onboarding_exception WHERE product_id = ?",
                ps -> ps.setLong(1, productId),
                rs -> {
                    Map<String, String> result = new LinkedHashMap<>();
                    while (rs.next()) {
                        result.put(rs.getString(1), rs.getString(2));
                    }
                    return result;
                });
    }

    /** Records (or replaces) the explained exception to a gate and adds the history entry, in one transaction. */
    public void putException(long productId, String gate, String explanation, HistoryEntry note) {
        write("exception of product " + productId, con -> {
            try (PreparedStatement del =
                            con.prepareStatement("DELETE FROM onboarding_exception WHERE product_id = ? AND gate = ?");
                    PreparedStatement ins = con.prepareStatement(
                            "INSERT INTO onboarding_exception (product_id, gate, explanation, actor)"
                                    + " VALUES (?, ?, ?, ?)")) {
                del.setLong(1, productId);
                del.setString(2, gate);
                del.executeUpdate();
                ins.setLong(1, productId);
                ins.setString(2, gate);
                ins.setString(3, explanation);
                ins.setString(4, note.actor());
                ins.executeUpdate();
            }
            insertHistory(con, productId, note);
            return null;
        });
    }

    // ---- assessments

    public Optional<Assessment> assessment(long productId, String round) {
        return queries
                .query(
                        "SELECT " + ASSESSMENT_COLUMNS
                                + " FROM onboarding_assessment WHERE product_id = ? AND round = ?",
                        ps -> {
                            ps.setLong(1, productId);
                            ps.setString(2, round);
                        },
                        OnboardingStore::assessments)
                .stream()
                .findFirst();
    }

    public Optional<Assessment> assessment(long id) {
        return queries
                .query(
                        "SELECT " + ASSESSMENT_COLUMNS + " FROM onboarding_assessment WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        OnboardingStore::assessments)
                .stream()
                .findFirst();
    }

    public List<Assessment> assessments(String round) {
        return queries.query(
                "SELECT " + ASSESSMENT_COLUMNS + " FROM onboarding_assessment WHERE round = ? ORDER BY product_id",
                ps -> ps.setString(1, round),
                OnboardingStore::assessments);
    }

    public List<Assessment> assessmentsOf(long productId) {
        return queries.query(
                "SELECT " + ASSESSMENT_COLUMNS + " FROM onboarding_assessment WHERE product_id = ? ORDER BY round DESC",
                ps -> ps.setLong(1, productId),
                OnboardingStore::assessments);
    }

    private static List<Assessment> assessments(ResultSet rs) throws SQLException {
        List<Assessment> result = new ArrayList<>();
        while (rs.next()) {
            String recommended = rs.getString("recommended");
            String decided = rs.getString("decided");
            result.add(new Assessment(
                    rs.getLong("id"),
                    rs.getLong("product_id"),
                    rs.getString("round"),
                    rs.getString("catalogue"),
                    AssessmentState.valueOf(rs.getString("state")),
                    Columns.marks(rs.getString("marks")),
                    Columns.lights(rs.getString("lights")),
                    rs.getString("evaluation"),
                    rs.getString("review"),
                    recommended == null ? null : ProductLevel.valueOf(recommended),
                    decided == null ? null : ProductLevel.valueOf(decided),
                    rs.getString("reason"),
                    rs.getLong("version")));
        }
        return result;
    }

    /**
     * @return the new assessment's id
     * @throws DuplicateKeyException when the product has an assessment for the round ({@link #ASSESSMENT_ROUND})
     */
    public long insertAssessment(Assessment a) {
        return write("assessment " + a.round() + " of product " + a.productId(), con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO onboarding_assessment (product_id, round, catalogue, state, "
                            + "marks, lights,"
                            + " version) VALUES (?, ?, ?, ?, ?, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, a.productId());
                ps.setString(2, a.round());
                ps.setString(3, a.catalogue());
                ps.setString(4, a.state().name());
                ps.setString(5, Columns.marks(a.marks()));
                ps.setString(6, Columns.lights(a.lights()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Stores the assessment's fields if its version is the expected one and its state is {@code from},
     * and adds the history entry (when not null) in the same transaction.
     *
     * @throws ConcurrentChangeException when the version or the state is not the expected one
     */
    public void updateAssessment(Assessment a, long expectedVersion, AssessmentState from, HistoryEntry note) {
        decide(a, expectedVersion, from, note, null, null);
    }

    /**
     * Stores the assessment as {@link #updateAssessment} does and, when {@code product} is not null,
     * the product's new level (with its history entry) in the same transaction.
     */
    public void decide(
            Assessment a,
            long expectedVersion,
            AssessmentState from,
            HistoryEntry note,
            Product product,
            HistoryEntry levelNote) {
        write("assessment " + a.id(), con -> {
            updateAssessment(con, a, expectedVersion, from);
            if (note != null) {
                insertHistory(con, a.productId(), note);
            }
            if (product != null) {
                updateProduct(con, product, product.version());
                insertHistory(con, product.id(), levelNote);
            }
            return null;
        });
    }

    private void updateAssessment(Connection con, Assessment a, long expectedVersion, AssessmentState from)
            throws SQLException {
        try (PreparedStatement ps =
                con.prepareStatement("UPDATE onboarding_assessment SET state = ?, marks = ?, lights = ?, "
                        + "evaluation = ?,"
                        + " review = ?, recommended = ?, decided = ?, reason = ?, version = version + 1 WHERE id = ? AND version = ? AND state "
                        + "= ?")) {
            ps.setString(1, a.state().name());
            ps.setString(2, Columns.marks(a.marks()));
            ps.setString(3, Columns.lights(a.lights()));
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

    /** One unit of work: committed when it returns; a unique key's refusal becomes a {@link DuplicateKeyException}. */
    private <T> T write(String what, JdbcQueries.Work<T> work) {
        try {
            return queries.transactionResult(work);
        } catch (SQLException e) {
            throw DuplicateKeyException.of("onboarding storage failed for " + what, e, PRODUCT_NAME, ASSESSMENT_ROUND);
        }
    }

    private ConcurrentChangeException stale(String what, String table, long id) {
        return queries.stale(what + " was changed meanwhile", table, "id", id);
    }
}
