package eu.os2.platform.initiatives.internal.store;

import eu.os2.platform.api.initiative.Initiative;
import eu.os2.platform.api.initiative.Milestone;
import eu.os2.platform.initiatives.internal.model.Rollup;
import eu.os2.platform.initiatives.internal.model.StatusCatalogue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads initiatives with their milestones and rolls up their progress: progress is not stored, it
 * is rolled up from the milestones each time an initiative is read.
 */
final class InitiativeRows {

    static final String COLUMNS = "id, period_id, title_da, title_en, description_da, description_en,"
            + " owner_organisation_id, responsible, starts, ends, weight, mission_points, status, completion_note, links,"
            + " version, updated_at";
    static final String ORDER = " ORDER BY period_id DESC, starts, id";

    private final StatusCatalogue statuses;

    InitiativeRows(StatusCatalogue statuses) {
        this.statuses = statuses;
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
    List<Initiative> read(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<Row> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Rows.bind(statement, parameters);
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
                Rows.readLinks(row.links()),
                row.version(),
                row.updatedAt());
    }

    /** The exact progress of an initiative from its milestones; what is shown is this, rounded once. */
    BigDecimal exactProgress(String status, List<Milestone> milestones) {
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
            Rows.bind(statement, initiativeIds);
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
}
