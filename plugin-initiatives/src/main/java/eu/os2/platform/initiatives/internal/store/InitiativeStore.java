package eu.os2.platform.initiatives.internal.store;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.InitiativePage;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.Milestone;
import eu.os2.platform.api.initiative.MilestoneChange;
import eu.os2.platform.api.initiative.NewProgressUpdate;
import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.ProgressUpdate;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.MissingReferenceException;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.initiatives.internal.model.Rollup;
import eu.os2.platform.initiatives.internal.model.StatusCatalogue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The plugin's tables ({@code initiatives_*}). Progress is not stored: it is rolled up from the
 * milestones each time an initiative is read. Writes that touch several rows run in one
 * transaction; updates check the version column.
 */
public class InitiativeStore {

    private static final String PERIOD_COLUMNS = "id, name, starts, ends, approved_by, approved_on, version";
    private static final String INITIATIVE_COLUMNS =
            "id, period_id, title_da, title_en, description_da, description_en,"
                    + " owner_organisation_id, responsible, starts, ends, weight, mission_points, status, completion_note, links,"
                    + " version, updated_at";
    private static final String ORDER = " ORDER BY period_id DESC, starts, id";

    private final DataSource dataSource;
    private final StatusCatalogue statuses;

    public InitiativeStore(DataSource dataSource, StatusCatalogue statuses) {
        this.dataSource = dataSource;
        this.statuses = statuses;
    }

    // ---- periods

    public List<StrategyPeriod> periods() {
        List<StrategyPeriod> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + PERIOD_COLUMNS + " FROM initiatives_period ORDER BY starts DESC, id DESC");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(readPeriod(connection, rows));
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("cannot read strategy periods", e);
        }
    }

    /** A period's dates only: enough to choose a period without rolling up its progress. */
    public record Span(long id, LocalDate from, LocalDate to) {}

    /** @return every period's dates, the latest start first (the order of {@link #periods()}) */
    public List<Span> spans() {
        List<Span> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, starts, ends FROM initiatives_period ORDER BY starts DESC, id DESC");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(new Span(
                        rows.getLong("id"),
                        rows.getDate("starts").toLocalDate(),
                        rows.getDate("ends").toLocalDate()));
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("cannot read strategy periods", e);
        }
    }

    public Optional<StrategyPeriod> period(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + PERIOD_COLUMNS + " FROM initiatives_period WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(readPeriod(connection, rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read strategy period " + id, e);
        }
    }

    /** @throws eu.os2.platform.api.storage.DuplicateKeyException when the name is taken */
    public long insertPeriod(PeriodChange change) {
        try {
            return insertPeriodSql(change);
        } catch (SQLException e) {
            throw MissingReferenceException.translate("cannot store strategy period", e);
        }
    }

    private long insertPeriodSql(PeriodChange change) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO initiatives_period (name, starts, ends, approved_by, approved_on, version) VALUES (?, ?, ?, ?, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            bindPeriod(statement, change);
            statement.executeUpdate();
            return generatedKey(statement);
        }
    }

    /** @return false if the stored version was not {@code expectedVersion} */
    public boolean updatePeriod(long id, long expectedVersion, PeriodChange change) {
        try {
            return updatePeriodSql(id, expectedVersion, change);
        } catch (SQLException e) {
            throw MissingReferenceException.translate("cannot store strategy period", e);
        }
    }

    private boolean updatePeriodSql(long id, long expectedVersion, PeriodChange change) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE initiatives_period SET name = ?, starts = ?,"
                                + " ends = ?, approved_by = ?, approved_on = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            bindPeriod(statement, change);
            statement.setLong(6, id);
            statement.setLong(7, expectedVersion);
            return statement.executeUpdate() == 1;
        }
    }

    private static void bindPeriod(PreparedStatement statement, PeriodChange change) throws SQLException {
        statement.setString(1, change.name());
        statement.setDate(2, Date.valueOf(change.from()));
        statement.setDate(3, Date.valueOf(change.to()));
        statement.setString(4, change.approvedBy());
        statement.setDate(5, Date.valueOf(change.approvedOn()));
    }

    private StrategyPeriod readPeriod(Connection connection, ResultSet rows) throws SQLException {
        long id = rows.getLong("id");
        List<Rollup.Part> parts = query(
                        connection,
                        "SELECT " + INITIATIVE_COLUMNS + " FROM initiatives_initiative WHERE period_id = ?" + ORDER,
                        List.of(id))
                .stream()
                .map(i -> new Rollup.Part(i.weight(), exactProgress(i.status(), i.milestones())))
                .toList();
        return new StrategyPeriod(
                id,
                rows.getString("name"),
                rows.getDate("starts").toLocalDate(),
                rows.getDate("ends").toLocalDate(),
                rows.getString("approved_by"),
                rows.getDate("approved_on").toLocalDate(),
                Rollup.shown(Rollup.period(parts)),
                rows.getLong("version"));
    }

    // ---- initiatives

    public Optional<Initiative> get(long id) {
        try (Connection connection = dataSource.getConnection()) {
            return query(
                            connection,
                            "SELECT " + INITIATIVE_COLUMNS + " FROM initiatives_initiative WHERE id = ?",
                            List.of(id))
                    .stream()
                    .findFirst();
        } catch (SQLException e) {
            throw new StorageException("cannot read initiative " + id, e);
        }
    }

    public List<Initiative> ofPeriod(long periodId) {
        try (Connection connection = dataSource.getConnection()) {
            return query(
                    connection,
                    "SELECT " + INITIATIVE_COLUMNS + " FROM initiatives_initiative WHERE period_id = ?" + ORDER,
                    List.of(periodId));
        } catch (SQLException e) {
            throw new StorageException("cannot read initiatives of period " + periodId, e);
        }
    }

    public List<Initiative> linkingTo(PlatformRef target) {
        try (Connection connection = dataSource.getConnection()) {
            return query(
                    connection,
                    "SELECT " + INITIATIVE_COLUMNS + " FROM initiatives_initiative WHERE links LIKE ? ESCAPE '\\'"
                            + ORDER,
                    List.of("%\n" + escapeLike(target.toString()) + "\n%"));
        } catch (SQLException e) {
            throw new StorageException("cannot search links", e);
        }
    }

    public InitiativePage search(InitiativeQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (q.periodId() != null) {
            where.append(" AND period_id = ?");
            parameters.add(q.periodId());
        }
        if (q.status() != null) {
            where.append(" AND status = ?");
            parameters.add(q.status());
        }
        if (q.ownerOrganisationId() != null) {
            where.append(" AND owner_organisation_id = ?");
            parameters.add(q.ownerOrganisationId());
        }
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM initiatives_initiative" + where)) {
                bind(count, parameters);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(q.offset());
            paged.add(q.limit());
            List<Initiative> items = query(
                    connection,
                    "SELECT " + INITIATIVE_COLUMNS + " FROM initiatives_initiative" + where + ORDER
                            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    paged);
            return new InitiativePage(items, total, q.offset(), q.limit());
        } catch (SQLException e) {
            throw new StorageException("cannot search initiatives", e);
        }
    }

    public long insert(InitiativeChange change, Instant now) {
        try {
            return insertSql(change, now);
        } catch (SQLException e) {
            throw MissingReferenceException.translate("cannot store initiative", e);
        }
    }

    private long insertSql(InitiativeChange change, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO initiatives_initiative (period_id,"
                                + " title_da, title_en, description_da, description_en, owner_organisation_id, responsible, starts, ends,"
                                + " weight, mission_points, status, completion_note, links, updated_at, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bindInitiative(statement, change, now);
                    statement.executeUpdate();
                    id = generatedKey(statement);
                }
                writeMilestones(connection, id, change.milestones());
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** @return false if the stored version was not {@code expectedVersion}; then nothing changed */
    public boolean update(long id, long expectedVersion, InitiativeChange change, Instant now) {
        try {
            return updateSql(id, expectedVersion, change, now);
        } catch (SQLException e) {
            throw MissingReferenceException.translate("cannot store initiative", e);
        }
    }

    private boolean updateSql(long id, long expectedVersion, InitiativeChange change, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement statement = connection.prepareStatement(
                        "UPDATE initiatives_initiative SET period_id = ?,"
                                + " title_da = ?, title_en = ?, description_da = ?, description_en = ?, owner_organisation_id = ?,"
                                + " responsible = ?, starts = ?, ends = ?, weight = ?, mission_points = ?, status = ?,"
                                + " completion_note = ?, links = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                    bindInitiative(statement, change, now);
                    statement.setLong(16, id);
                    statement.setLong(17, expectedVersion);
                    if (statement.executeUpdate() != 1) {
                        connection.rollback();
                        return false;
                    }
                }
                writeMilestones(connection, id, change.milestones());
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Stores a progress update; with a status change, changes the initiative's status (and its
     * completion note, when one is given) in the same transaction.
     *
     * @param expectedVersion the version the poster saw, or null to post regardless
     * @return the stored update, or empty if the initiative's version was not {@code expectedVersion}
     */
    public Optional<ProgressUpdate> postUpdate(
            long initiativeId,
            Long expectedVersion,
            String statusFrom,
            NewProgressUpdate update,
            String author,
            Instant now) {
        try {
            return postUpdateSql(initiativeId, expectedVersion, statusFrom, update, author, now);
        } catch (SQLException e) {
            throw MissingReferenceException.translate("cannot store progress update", e);
        }
    }

    private Optional<ProgressUpdate> postUpdateSql(
            long initiativeId,
            Long expectedVersion,
            String statusFrom,
            NewProgressUpdate update,
            String author,
            Instant now)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // the initiative's row is locked first, so a concurrent status change and this update are ordered
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT version FROM initiatives_initiative WHERE id = ? FOR UPDATE")) {
                    lock.setLong(1, initiativeId);
                    try (ResultSet rows = lock.executeQuery()) {
                        if (!rows.next() || (expectedVersion != null && rows.getLong(1) != expectedVersion)) {
                            connection.rollback();
                            return Optional.empty();
                        }
                    }
                }
                if (update.status() != null) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "UPDATE initiatives_initiative SET status = ?,"
                                    + " completion_note = COALESCE(?, completion_note), updated_at = ?, version = version + 1 WHERE id = ?")) {
                        statement.setString(1, update.status());
                        statement.setString(2, update.completionNote());
                        statement.setTimestamp(3, Timestamp.from(now));
                        statement.setLong(4, initiativeId);
                        statement.executeUpdate();
                    }
                }
                // stored with microseconds on both databases: answer with what a later read gives
                Instant recordedAt = now.truncatedTo(ChronoUnit.MICROS);
                long id;
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO initiatives_update (initiative_id,"
                                + " update_date, text, author, status_from, status_to, links, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    statement.setLong(1, initiativeId);
                    statement.setDate(2, Date.valueOf(update.date()));
                    statement.setString(3, update.text());
                    statement.setString(4, author);
                    statement.setString(5, update.status() == null ? null : statusFrom);
                    statement.setString(6, update.status());
                    statement.setString(7, writeLinks(update.links()));
                    statement.setTimestamp(8, Timestamp.from(recordedAt));
                    statement.executeUpdate();
                    id = generatedKey(statement);
                }
                connection.commit();
                return Optional.of(new ProgressUpdate(
                        id,
                        initiativeId,
                        update.date(),
                        update.text(),
                        author,
                        update.status() == null ? null : statusFrom,
                        update.status(),
                        update.links(),
                        recordedAt));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    public List<ProgressUpdate> updates(long initiativeId) {
        List<ProgressUpdate> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT id, initiative_id, update_date, text, author,"
                                + " status_from, status_to, links, recorded_at FROM initiatives_update WHERE initiative_id = ?"
                                + " ORDER BY update_date DESC, id DESC")) {
            statement.setLong(1, initiativeId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new ProgressUpdate(
                            rows.getLong("id"),
                            rows.getLong("initiative_id"),
                            rows.getDate("update_date").toLocalDate(),
                            rows.getString("text"),
                            rows.getString("author"),
                            rows.getString("status_from"),
                            rows.getString("status_to"),
                            readLinks(rows.getString("links")),
                            rows.getTimestamp("recorded_at").toInstant()));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("cannot read updates of initiative " + initiativeId, e);
        }
    }

    private void bindInitiative(PreparedStatement statement, InitiativeChange change, Instant now) throws SQLException {
        statement.setLong(1, change.periodId());
        statement.setString(2, change.titleDa());
        statement.setString(3, change.titleEn());
        statement.setString(4, change.descriptionDa());
        statement.setString(5, change.descriptionEn());
        if (change.ownerOrganisationId() == null) {
            statement.setNull(6, Types.BIGINT);
        } else {
            statement.setLong(6, change.ownerOrganisationId());
        }
        statement.setString(7, change.responsible());
        statement.setDate(8, Date.valueOf(change.start()));
        statement.setDate(9, Date.valueOf(change.end()));
        statement.setInt(10, change.weight());
        statement.setString(11, String.join(",", change.missionPoints()));
        statement.setString(12, change.status());
        statement.setString(13, change.completionNote());
        statement.setString(14, writeLinks(change.links()));
        statement.setTimestamp(15, Timestamp.from(now));
    }

    /** Keeps the milestones sent with an id, adds those without, removes the rest. */
    private static void writeMilestones(Connection connection, long initiativeId, List<MilestoneChange> milestones)
            throws SQLException {
        Set<Long> kept = new HashSet<>();
        for (MilestoneChange m : milestones) {
            if (m.id() != null) {
                kept.add(m.id());
            }
        }
        try (PreparedStatement existing =
                connection.prepareStatement("SELECT id FROM initiatives_milestone WHERE initiative_id = ?")) {
            existing.setLong(1, initiativeId);
            List<Long> remove = new ArrayList<>();
            try (ResultSet rows = existing.executeQuery()) {
                while (rows.next()) {
                    if (!kept.contains(rows.getLong(1))) {
                        remove.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM initiatives_milestone WHERE id = ?")) {
                for (long id : remove) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
        }
        try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO initiatives_milestone (initiative_id, title, due,"
                                + " weight, progress, status) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement update =
                        connection.prepareStatement("UPDATE initiatives_milestone SET title = ?, due = ?,"
                                + " weight = ?, progress = ?, status = ? WHERE id = ? AND initiative_id = ?")) {
            for (MilestoneChange m : milestones) {
                if (m.id() == null) {
                    insert.setLong(1, initiativeId);
                    bindMilestone(insert, 2, m);
                    insert.executeUpdate();
                } else {
                    bindMilestone(update, 1, m);
                    update.setLong(6, m.id());
                    update.setLong(7, initiativeId);
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("milestone " + m.id() + " is not one of initiative " + initiativeId);
                    }
                }
            }
        }
    }

    private static void bindMilestone(PreparedStatement statement, int first, MilestoneChange m) throws SQLException {
        statement.setString(first, m.title());
        statement.setDate(first + 1, Date.valueOf(m.due()));
        statement.setInt(first + 2, m.weight());
        if (m.progress() == null) {
            statement.setNull(first + 3, Types.INTEGER);
        } else {
            statement.setInt(first + 3, m.progress());
        }
        statement.setString(first + 4, m.status());
    }

    /** An initiative's row, before its milestones are attached and its progress rolled up. */
    private record Row(
            long id,
            long periodId,
            String titleDa,
            String titleEn,
            String descriptionDa,
            String descriptionEn,
            Long owner,
            String responsible,
            LocalDate start,
            LocalDate end,
            int weight,
            String missionPoints,
            String status,
            String completionNote,
            String links,
            long version,
            Instant updatedAt) {}

    /** Reads initiatives and, in one more query, their milestones. */
    private List<Initiative> query(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<Row> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Row(
                            rows.getLong("id"),
                            rows.getLong("period_id"),
                            rows.getString("title_da"),
                            rows.getString("title_en"),
                            rows.getString("description_da"),
                            rows.getString("description_en"),
                            rows.getObject("owner_organisation_id", Long.class),
                            rows.getString("responsible"),
                            rows.getDate("starts").toLocalDate(),
                            rows.getDate("ends").toLocalDate(),
                            rows.getInt("weight"),
                            rows.getString("mission_points"),
                            rows.getString("status"),
                            rows.getString("completion_note"),
                            rows.getString("links"),
                            rows.getLong("version"),
                            rows.getTimestamp("updated_at").toInstant()));
                }
            }
        }
        Map<Long, List<Milestone>> milestones =
                milestonesOf(connection, found.stream().map(Row::id).toList());
        return found.stream()
                .map(row -> assemble(row, milestones.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private Initiative assemble(Row row, List<Milestone> milestones) {
        BigDecimal progress = exactProgress(row.status(), milestones);
        return new Initiative(
                row.id(),
                row.periodId(),
                row.titleDa(),
                row.titleEn(),
                row.descriptionDa(),
                row.descriptionEn(),
                row.owner(),
                row.responsible(),
                row.start(),
                row.end(),
                row.weight(),
                row.missionPoints().isEmpty()
                        ? List.of()
                        : Arrays.asList(row.missionPoints().split(",")),
                row.status(),
                row.completionNote(),
                Rollup.shown(progress),
                milestones,
                readLinks(row.links()),
                row.version(),
                row.updatedAt());
    }

    /** The exact progress of an initiative from its milestones; what is shown is this, rounded once. */
    private BigDecimal exactProgress(String status, List<Milestone> milestones) {
        return Rollup.initiative(
                statuses.getOrUnknown(status),
                milestones.stream()
                        .map(m -> new Rollup.Part(m.weight(), BigDecimal.valueOf(m.progress())))
                        .toList());
    }

    private Map<Long, List<Milestone>> milestonesOf(Connection connection, List<Long> initiativeIds)
            throws SQLException {
        Map<Long, List<Milestone>> result = new LinkedHashMap<>();
        if (initiativeIds.isEmpty()) {
            return result;
        }
        String marks = String.join(", ", initiativeIds.stream().map(id -> "?").toList());
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id, initiative_id, title, due, weight, progress, status"
                        + " FROM initiatives_milestone WHERE initiative_id IN (" + marks + ") ORDER BY due, id")) {
            bind(statement, initiativeIds);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Integer reported = rows.getObject("progress", Integer.class);
                    String status = rows.getString("status");
                    result.computeIfAbsent(rows.getLong("initiative_id"), k -> new ArrayList<>())
                            .add(new Milestone(
                                    rows.getLong("id"),
                                    rows.getString("title"),
                                    rows.getDate("due").toLocalDate(),
                                    rows.getInt("weight"),
                                    reported,
                                    Rollup.milestone(statuses.getOrUnknown(status), reported),
                                    status));
                }
            }
        }
        return result;
    }

    /** Links are stored one per line, with a line break before the first and after the last, so a LIKE can match one exactly. */
    static String writeLinks(List<PlatformRef> links) {
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n");
        links.forEach(link -> text.append(link).append('\n'));
        return text.toString();
    }

    static List<PlatformRef> readLinks(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n"))
                .filter(line -> !line.isEmpty())
                .map(PlatformRef::parse)
                .toList();
    }

    private static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
