package eu.os2.platform.initiatives.internal.store;

import eu.os2.platform.api.initiative.PeriodChange;
import eu.os2.platform.api.initiative.StrategyPeriod;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.initiatives.internal.model.Rollup;
import eu.os2.platform.initiatives.internal.model.StatusCatalogue;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Strategy periods ({@code initiatives_period}). A period's progress is not stored: it is rolled
 * up from its initiatives each time the period is read. Updates check the version column.
 */
public class PeriodStore {

    private static final String COLUMNS = "id, name, starts, ends, approved_by, approved_on, version";

    private final JdbcQueries queries;
    private final InitiativeRows initiatives;

    public PeriodStore(DataSource dataSource, StatusCatalogue statuses) {
        this.queries = new JdbcQueries(dataSource, Rows.AREA);
        this.initiatives = new InitiativeRows(statuses);
    }

    public List<StrategyPeriod> periods() {
        return Rows.read(queries, "cannot read strategy periods", connection -> {
            List<StrategyPeriod> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT " + COLUMNS + " FROM initiatives_period ORDER BY starts DESC, id DESC");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(readPeriod(connection, rows));
                }
            }
            return result;
        });
    }

    /** A period's dates only: enough to choose a period without rolling up its progress. */
    public record Span(long id, LocalDate from, LocalDate to) {}

    /** @return every period's dates, the latest start first (the order of {@link #periods()}) */
    public List<Span> spans() {
        return queries.query(
                "SELECT id, starts, ends FROM initiatives_period ORDER BY starts DESC, id DESC",
                statement -> {},
                rows -> {
                    List<Span> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new Span(
                                rows.getLong("id"),
                                rows.getDate("starts").toLocalDate(),
                                rows.getDate("ends").toLocalDate()));
                    }
                    return result;
                });
    }

    public Optional<StrategyPeriod> period(long id) {
        return Rows.read(queries, "cannot read strategy period " + id, connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM initiatives_period WHERE id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(readPeriod(connection, rows)) : Optional.empty();
                }
            }
        });
    }

    /** @throws eu.os2.platform.api.storage.DuplicateKeyException when the name is taken */
    public long insertPeriod(PeriodChange change) {
        return Rows.write(queries, "cannot store strategy period", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO initiatives_period (name, starts, ends, approved_by, approved_on, version) VALUES (?, ?, ?, ?, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindPeriod(statement, change);
                statement.executeUpdate();
                return Rows.generatedKey(statement);
            }
        });
    }

    /** @return false if the stored version was not {@code expectedVersion}; then nothing changed */
    public boolean updatePeriod(long id, long expectedVersion, PeriodChange change) {
        return Rows.write(queries, "cannot store strategy period", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE initiatives_period SET name = ?,"
                            + " starts = ?, ends = ?, approved_by = ?, approved_on = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                bindPeriod(statement, change);
                statement.setLong(6, id);
                statement.setLong(7, expectedVersion);
                return statement.executeUpdate() == 1;
            }
        });
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
        List<Rollup.Part> parts = initiatives
                .read(
                        connection,
                        "SELECT " + InitiativeRows.COLUMNS + " FROM initiatives_initiative WHERE period_id = ?"
                                + InitiativeRows.ORDER,
                        List.of(id))
                .stream()
                .map(i -> new Rollup.Part(i.weight(), initiatives.exactProgress(i.status(), i.milestones())))
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
}
