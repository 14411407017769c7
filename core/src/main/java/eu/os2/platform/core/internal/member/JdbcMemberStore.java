package eu.os2.platform.core.internal.member;

import eu.os2.platform.api.member.MemberPage;
import eu.os2.platform.api.member.MemberQuery;
import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.storage.StorageException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/** Organisations in table {@code core_organisation}. */
public class JdbcMemberStore {

    private static final String COLUMNS = "id, cvr, ean, name, kind, municipality_code, region, population,"
            + " manual_size_tier, joined, membership_status, version";

    private final DataSource dataSource;

    public JdbcMemberStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Organisation> get(long id) {
        return one("SELECT " + COLUMNS + " FROM core_organisation WHERE id = ?", id);
    }

    public Optional<Organisation> findByCvr(String cvr) {
        return one("SELECT " + COLUMNS + " FROM core_organisation WHERE cvr = ?", cvr);
    }

    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM core_organisation");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) == 0;
        } catch (SQLException e) {
            throw new StorageException("cannot read organisations", e);
        }
    }

    public MemberPage search(MemberQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (LOWER(name) LIKE ? ESCAPE '\\' OR cvr LIKE ? ESCAPE '\\' OR ean LIKE ? ESCAPE '\\'"
                    + " OR CAST(municipality_code AS VARCHAR(10)) LIKE ? ESCAPE '\\')");
            for (int i = 0; i < 4; i++) {
                parameters.add(like);
            }
        }
        if (query.kind() != null) {
            where.append(" AND kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.status() != null) {
            where.append(" AND membership_status = ?");
            parameters.add(query.status().name());
        }
        if (query.membersOnly()) {
            where.append(" AND membership_status IS NOT NULL");
        }
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM core_organisation" + where)) {
                bind(count, parameters);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Organisation> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM core_organisation"
                    + where + " ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                List<Object> all = new ArrayList<>(parameters);
                all.add(query.offset());
                all.add(query.limit());
                bind(select, all);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(read(rows));
                    }
                }
            }
            return new MemberPage(items, total, query.offset(), query.limit());
        } catch (SQLException e) {
            throw new StorageException("cannot search organisations", e);
        }
    }

    public List<Organisation> votingMembers() {
        List<Organisation> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM core_organisation WHERE membership_status = 'ACTIVE' AND kind <> 'SUPPLIER_PARTNER'"
                        + " ORDER BY name, id");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("cannot read voting members", e);
        }
    }

    /** @throws SQLException with SQL state 23505 when the CVR or municipality code is taken */
    public Organisation insert(OrganisationChange change) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO core_organisation (cvr, ean, name, kind, municipality_code, region, population,"
                                + " manual_size_tier, joined, membership_status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            bindChange(statement, change);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return get(keys.getLong(1)).orElseThrow();
            }
        }
    }

    /**
     * @return true if the row had {@code expectedVersion} and was updated; false if the version differed
     * @throws SQLException with SQL state 23505 when the CVR or municipality code is taken
     */
    public boolean update(long id, long expectedVersion, OrganisationChange change) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE core_organisation SET cvr = ?, ean = ?, name = ?, kind = ?, municipality_code = ?,"
                                + " region = ?, population = ?, manual_size_tier = ?, joined = ?, membership_status = ?,"
                                + " version = version + 1 WHERE id = ? AND version = ?")) {
            bindChange(statement, change);
            statement.setLong(11, id);
            statement.setLong(12, expectedVersion);
            return statement.executeUpdate() == 1;
        }
    }

    private static void bindChange(PreparedStatement statement, OrganisationChange change) throws SQLException {
        statement.setString(1, change.cvr());
        statement.setString(2, change.ean());
        statement.setString(3, change.name());
        statement.setString(4, change.kind().name());
        setNullable(statement, 5, change.municipalityCode(), Types.INTEGER);
        statement.setString(6, change.region());
        setNullable(statement, 7, change.population(), Types.BIGINT);
        statement.setString(
                8,
                change.manualSizeTier() == null ? null : change.manualSizeTier().name());
        statement.setDate(9, change.joined() == null ? null : Date.valueOf(change.joined()));
        statement.setString(10, change.status() == null ? null : change.status().name());
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int type)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }

    private Optional<Organisation> one(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read organisation", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Reads a row of {@link #COLUMNS}, by position: the directory is read on most requests. */
    private static Organisation read(ResultSet rows) throws SQLException {
        Long population = rows.getObject(8, Long.class);
        String manualTier = rows.getString(9);
        Date joined = rows.getDate(10);
        String status = rows.getString(11);
        return new Organisation(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                OrganisationKind.valueOf(rows.getString(5)),
                rows.getObject(6, Integer.class),
                rows.getString(7),
                population,
                OrganisationRules.sizeTier(population, manualTier == null ? null : SizeTier.valueOf(manualTier)),
                joined == null ? null : new Membership(joined.toLocalDate(), MembershipStatus.valueOf(status)),
                rows.getLong(12));
    }
}
