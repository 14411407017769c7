package eu.os2.platform.initiatives.internal.store;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.InitiativeChange;
import eu.os2.platform.api.initiative.InitiativePage;
import eu.os2.platform.api.initiative.InitiativeQuery;
import eu.os2.platform.api.initiative.MilestoneChange;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.initiatives.internal.model.StatusCatalogue;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Initiatives and their milestones ({@code initiatives_initiative}, {@code initiatives_milestone}).
 * Progress is not stored: it is rolled up from the milestones each time an initiative is read. An
 * initiative and its milestones are written in one transaction; updates check the version column.
 */
public class InitiativeStore {

    private static final String SELECT = "SELECT " + InitiativeRows.COLUMNS + " FROM initiatives_initiative";

    private final JdbcQueries queries;
    private final InitiativeRows rows;

    public InitiativeStore(DataSource dataSource, StatusCatalogue statuses) {
        this.queries = new JdbcQueries(dataSource, Rows.AREA);
        this.rows = new InitiativeRows(statuses);
    }

    public Optional<Initiative> get(long id) {
        return Rows.read(
                queries,
                "cannot read initiative " + id,
                connection -> rows.read(connection, SELECT + " WHERE id = ?", List.of(id)).stream()
                        .findFirst());
    }

    public List<Initiative> ofPeriod(long periodId) {
        return Rows.read(
                queries,
                "cannot read initiatives of period " + periodId,
                connection -> rows.read(
                        connection, SELECT + " WHERE period_id = ?" + InitiativeRows.ORDER, List.of(periodId)));
    }

    public List<Initiative> linkingTo(PlatformRef target) {
        return Rows.read(
                queries,
                "cannot search links",
                connection -> rows.read(
                        connection,
                        SELECT + " WHERE links LIKE ? ESCAPE '\\'" + InitiativeRows.ORDER,
                        List.of("%\n" + Rows.escapeLike(target.toString()) + "\n%")));
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
        return Rows.read(queries, "cannot search initiatives", connection -> {
            long total;
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM initiatives_initiative" + where)) {
                Rows.bind(count, parameters);
                try (ResultSet found = count.executeQuery()) {
                    found.next();
                    total = found.getLong(1);
                }
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(q.offset());
            paged.add(q.limit());
            List<Initiative> items = rows.read(
                    connection, SELECT + where + InitiativeRows.ORDER + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged);
            return new InitiativePage(items, total, q.offset(), q.limit());
        });
    }

    /** Stores an initiative and its milestones in one transaction. */
    public long insert(InitiativeChange change, Instant now) {
        return Rows.write(queries, "cannot store initiative", connection -> {
            long id;
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO initiatives_initiative (period_id,"
                            + " title_da, title_en, description_da, description_en, owner_organisation_id, responsible, starts, ends,"
                            + " weight, mission_points, status, completion_note, links, updated_at, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindInitiative(statement, change, now);
                statement.executeUpdate();
                id = Rows.generatedKey(statement);
            }
            writeMilestones(connection, id, change.milestones());
            return id;
        });
    }

    /** @return false if the stored version was not {@code expectedVersion}; then nothing changed */
    public boolean update(long id, long expectedVersion, InitiativeChange change, Instant now) {
        return Rows.write(queries, "cannot store initiative", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE initiatives_initiative SET period_id = ?,"
                            + " title_da = ?, title_en = ?, description_da = ?, description_en = ?, owner_organisation_id = ?,"
                            + " responsible = ?, starts = ?, ends = ?, weight = ?, mission_points = ?, status = ?,"
                            + " completion_note = ?, links = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                bindInitiative(statement, change, now);
                statement.setLong(16, id);
                statement.setLong(17, expectedVersion);
                if (statement.executeUpdate() != 1) {
                    // the version is stale and no row was written: the transaction ends with nothing changed
                    return false;
                }
            }
            writeMilestones(connection, id, change.milestones());
            return true;
        });
    }

    private static void bindInitiative(PreparedStatement statement, InitiativeChange change, Instant now)
            throws SQLException {
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
        statement.setString(14, Rows.writeLinks(change.links()));
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
            try (ResultSet found = existing.executeQuery()) {
                while (found.next()) {
                    if (!kept.contains(found.getLong(1))) {
                        remove.add(found.getLong(1));
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
}
