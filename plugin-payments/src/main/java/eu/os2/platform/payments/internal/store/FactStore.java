package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.Decimals;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.model.Subscription;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts fees are calculated from: the index series, population figures, billing details and subscriptions. */
public class FactStore {

    /**
     * One array parameter rather than a list of marks: one statement text for every page, and H2
     * finds a row's organisation in the array faster than in a list of parameters.
     */
    private static final String ANY_ORGANISATION = " WHERE organisation_id = ANY(?)";

    private final JdbcQueries queries;

    FactStore(JdbcQueries queries) {
        this.queries = queries;
    }

    public Map<Integer, BigDecimal> index() {
        Map<Integer, BigDecimal> result = new LinkedHashMap<>();
        queries.query("SELECT index_year, index_value FROM payments_index ORDER BY index_year", ps -> {}, rs -> {
            while (rs.next()) {
                result.put(rs.getInt(1), Decimals.plain(rs.getBigDecimal(2)));
            }
            return null;
        });
        return result;
    }

    /** Sets a year's index value (inserted or replaced). */
    public void putIndex(int year, BigDecimal value, String actor) {
        write("cannot store index " + year, con -> {
            try (PreparedStatement del = con.prepareStatement("DELETE FROM payments_index WHERE index_year = ?")) {
                del.setInt(1, year);
                del.executeUpdate();
            }
            try (PreparedStatement ins = con.prepareStatement(
                    "INSERT INTO payments_index (index_year, index_value, recorded_by) VALUES" + " (?, ?, ?)")) {
                ins.setInt(1, year);
                ins.setBigDecimal(2, value);
                ins.setString(3, actor);
                ins.executeUpdate();
            }
        });
    }

    public List<PopulationFigure> population() {
        return queries.query(
                "SELECT municipality_code, population_year, inhabitants FROM payments_population ORDER BY population_year,"
                        + " municipality_code",
                ps -> {},
                rs -> {
                    List<PopulationFigure> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new PopulationFigure(rs.getInt(1), rs.getInt(2), rs.getLong(3)));
                    }
                    return result;
                });
    }

    /** Stores the figures in one transaction, replacing figures for the same municipality and year. */
    public void putPopulation(List<PopulationFigure> figures, String source) {
        write("cannot store population figures", con -> {
            try (PreparedStatement del =
                            con.prepareStatement("DELETE FROM payments_population WHERE municipality_code = ? AND"
                                    + " population_year = ?");
                    PreparedStatement ins =
                            con.prepareStatement("INSERT INTO payments_population (municipality_code, population_year,"
                                    + " inhabitants, source) VALUES (?, ?, ?, ?)")) {
                for (PopulationFigure f : figures) {
                    del.setInt(1, f.municipalityCode());
                    del.setInt(2, f.year());
                    del.addBatch();
                    ins.setInt(1, f.municipalityCode());
                    ins.setInt(2, f.year());
                    ins.setLong(3, f.inhabitants());
                    ins.setString(4, source);
                    ins.addBatch();
                }
                del.executeBatch();
                ins.executeBatch();
            }
        });
    }

    // ---- billing details and subscriptions

    public Map<Long, BillingDetails> billing() {
        return billingWhere("", ps -> {});
    }

    /** @return the billing details of the given organisations (those that have any), by organisation */
    public Map<Long, BillingDetails> billing(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return billingWhere(ANY_ORGANISATION, ps -> bind(ps, organisationIds));
    }

    private Map<Long, BillingDetails> billingWhere(String where, JdbcQueries.Binder binder) {
        return queries.query(
                "SELECT organisation_id, order_reference, person_reference, street, postcode, city, manual_tier, tier_reason,"
                        + " version FROM payments_billing" + where,
                binder,
                rs -> {
                    Map<Long, BillingDetails> result = new HashMap<>();
                    while (rs.next()) {
                        BillingDetails b = billing(rs);
                        result.put(b.organisationId(), b);
                    }
                    return result;
                });
    }

    private static void bind(PreparedStatement ps, Collection<Long> ids) throws SQLException {
        ps.setArray(1, ps.getConnection().createArrayOf("BIGINT", ids.toArray(new Long[0])));
    }

    public Optional<BillingDetails> billing(long organisationId) {
        return Optional.ofNullable(queries.query(
                "SELECT organisation_id, order_reference, person_reference, street, postcode, city,"
                        + " manual_tier,"
                        + " tier_reason, version FROM payments_billing WHERE organisation_id = ?",
                ps -> ps.setLong(1, organisationId),
                rs -> rs.next() ? billing(rs) : null));
    }

    private static BillingDetails billing(ResultSet rs) throws SQLException {
        String tier = rs.getString(7);
        return new BillingDetails(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                tier == null ? null : SizeTier.valueOf(tier),
                rs.getString(8),
                rs.getLong(9));
    }

    /** Inserts (expected version 0) or replaces (the stored version) an organisation's billing details. */
    public void putBilling(BillingDetails b, long expectedVersion) {
        String sql = expectedVersion == 0
                ? "INSERT INTO payments_billing (order_reference, person_reference, street, postcode, city, manual_tier, tier_reason,"
                        + " organisation_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"
                : "UPDATE payments_billing SET order_reference = ?, person_reference = ?, street = ?, postcode = ?, city = ?,"
                        + " manual_tier = ?, tier_reason = ?, version = version + 1 WHERE organisation_id = ? AND version = ?";
        int changed;
        try {
            changed = queries.transactionResult(con -> {
                try (PreparedStatement ps = con.prepareStatement(sql)) {
                    ps.setString(1, b.orderReference());
                    ps.setString(2, b.personReference());
                    ps.setString(3, b.street());
                    ps.setString(4, b.postcode());
                    ps.setString(5, b.city());
                    ps.setString(
                            6, b.manualTier() == null ? null : b.manualTier().name());
                    ps.setString(7, b.tierReason());
                    ps.setLong(8, b.organisationId());
                    if (expectedVersion != 0) {
                        ps.setLong(9, expectedVersion);
                    }
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            if (DuplicateKeyException.isDuplicateKey(e)) {
                throw queries.stale(
                        "billing details of organisation " + b.organisationId() + " were created meanwhile",
                        "payments_billing",
                        "organisation_id",
                        b.organisationId());
            }
            throw new StorageException("cannot store billing details", e);
        }
        if (changed == 0) {
            throw queries.stale(
                    "billing details of organisation " + b.organisationId() + " changed since version "
                            + expectedVersion,
                    "payments_billing",
                    "organisation_id",
                    b.organisationId());
        }
    }

    public List<Subscription> subscriptions() {
        return subscriptions("", ps -> {});
    }

    public List<Subscription> subscriptions(long organisationId) {
        return subscriptions(" WHERE organisation_id = ?", ps -> ps.setLong(1, organisationId));
    }

    /** @return the subscriptions of the given organisations, in the order {@link #subscriptions()} gives */
    public List<Subscription> subscriptions(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return subscriptions(ANY_ORGANISATION, ps -> bind(ps, organisationIds));
    }

    public Optional<Subscription> subscription(long id) {
        return subscriptions(" WHERE id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
    }

    private List<Subscription> subscriptions(String where, JdbcQueries.Binder binder) {
        return queries.query(
                "SELECT id, organisation_id, product, starts, ends, passive, version FROM payments_subscription" + where
                        + " ORDER BY organisation_id, product, starts",
                binder,
                rs -> {
                    List<Subscription> result = new ArrayList<>();
                    while (rs.next()) {
                        Date ends = rs.getDate(5);
                        result.add(new Subscription(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getDate(4).toLocalDate(),
                                ends == null ? null : ends.toLocalDate(),
                                rs.getBoolean(6),
                                rs.getLong(7)));
                    }
                    return result;
                });
    }

    public long insertSubscription(Subscription s) {
        return writeResult("cannot store subscription", con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO payments_subscription (organisation_id, product, starts, ends,"
                            + " passive, version) VALUES (?, ?, ?, ?, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, s.organisationId());
                ps.setString(2, s.product());
                ps.setDate(3, Date.valueOf(s.from()));
                ps.setDate(4, s.to() == null ? null : Date.valueOf(s.to()));
                ps.setBoolean(5, s.passive());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void updateSubscription(Subscription s, long expectedVersion) {
        int changed = writeResult("cannot store subscription", con -> {
            try (PreparedStatement ps = con.prepareStatement("UPDATE payments_subscription SET ends = ?, passive = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?")) {
                ps.setDate(1, s.to() == null ? null : Date.valueOf(s.to()));
                ps.setBoolean(2, s.passive());
                ps.setLong(3, s.id());
                ps.setLong(4, expectedVersion);
                return ps.executeUpdate();
            }
        });
        if (changed == 0) {
            throw queries.stale(
                    "subscription " + s.id() + " changed since version " + expectedVersion,
                    "payments_subscription",
                    "id",
                    s.id());
        }
    }

    private void write(String what, JdbcQueries.Step step) {
        writeResult(what, con -> {
            step.run(con);
            return null;
        });
    }

    private <T> T writeResult(String what, JdbcQueries.Work<T> work) {
        try {
            return queries.transactionResult(work);
        } catch (SQLException e) {
            throw DuplicateKeyException.of(what, e);
        }
    }
}
