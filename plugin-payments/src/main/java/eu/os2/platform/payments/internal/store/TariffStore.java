package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffState;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.payment.TierPrice;
import eu.os2.platform.api.storage.ConcurrentChangeException;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.payments.internal.model.Decimals;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tariff versions with their products and tier prices. Writes run in one transaction each; a taken
 * name is a {@link DuplicateKeyException}.
 */
public class TariffStore {

    private static final String TARIFF_COLUMNS = "id, name, effective_from, state, decision_ref, proposal_ref,"
            + " membership_fee_ore, index_base_year, supplier_fee_ore, version";

    static final String NAME_KEY = "uq_payments_tariff_name";

    private final JdbcQueries queries;

    TariffStore(JdbcQueries queries) {
        this.queries = queries;
    }

    public List<TariffVersion> tariffs() {
        return queries.query(
                "SELECT " + TARIFF_COLUMNS + " FROM payments_tariff ORDER BY effective_from DESC, id DESC",
                ps -> {},
                this::readTariffs);
    }

    public Optional<TariffVersion> tariff(long id) {
        return queries
                .query(
                        "SELECT " + TARIFF_COLUMNS + " FROM payments_tariff WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        this::readTariffs)
                .stream()
                .findFirst();
    }

    /** @throws DuplicateKeyException when the name is taken */
    /** @return whether invoices (not only credit notes) have been issued for the year */
    public boolean invoiced(int year) {
        return queries.query(
                "SELECT COUNT(*) FROM payments_invoice WHERE invoice_year = ? AND kind = 'INVOICE'",
                ps -> ps.setInt(1, year),
                rs -> rs.next() && rs.getLong(1) > 0);
    }

    /** @return the tariff version the year's invoices were issued under (the latest invoice's), if any */
    public Optional<Long> invoicedTariff(int year) {
        return queries.query(
                "SELECT tariff_id FROM payments_invoice WHERE invoice_year = ? AND kind = 'INVOICE'"
                        + " AND tariff_id IS NOT NULL ORDER BY num DESC",
                ps -> ps.setInt(1, year),
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty());
    }

    public long insertTariff(TariffChange c) {
        try {
            return queries.transactionResult(con -> {
                long id;
                try (PreparedStatement ps = con.prepareStatement(
                        "INSERT INTO payments_tariff (name, effective_from, state, decision_ref,"
                                + " proposal_ref, membership_fee_ore, index_base_year, supplier_fee_ore, version) VALUES (?, ?, 'DRAFT', ?, ?, ?, ?,"
                                + " ?, 1)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    tariffFields(ps, c);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                insertProducts(con, id, c.products());
                return id;
            });
        } catch (SQLException e) {
            throw DuplicateKeyException.of("cannot store tariff version", e, NAME_KEY);
        }
    }

    /** Replaces a draft's fields and products if it is still a draft at the expected version. */
    public void updateDraft(long id, long expectedVersion, TariffChange c) {
        try {
            queries.transaction(con -> {
                try (PreparedStatement ps = con.prepareStatement(
                        "UPDATE payments_tariff SET name = ?, effective_from = ?, decision_ref = ?,"
                                + " proposal_ref = ?, membership_fee_ore = ?, index_base_year = ?, supplier_fee_ore = ?, version = version + 1"
                                + " WHERE id = ? AND version = ? AND state = 'DRAFT'")) {
                    tariffFields(ps, c);
                    ps.setLong(8, id);
                    ps.setLong(9, expectedVersion);
                    if (ps.executeUpdate() == 0) {
                        throw stale(id, expectedVersion);
                    }
                }
                try (PreparedStatement ps =
                        con.prepareStatement("DELETE FROM payments_tariff_product WHERE tariff_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                insertProducts(con, id, c.products());
            });
        } catch (SQLException e) {
            throw DuplicateKeyException.of("cannot store tariff version " + id, e, NAME_KEY);
        }
    }

    public void adopt(long id, long expectedVersion, String decisionRef) {
        int changed = update(
                "UPDATE payments_tariff SET state = 'ADOPTED', decision_ref = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND state = 'DRAFT'",
                ps -> {
                    ps.setString(1, decisionRef);
                    ps.setLong(2, id);
                    ps.setLong(3, expectedVersion);
                },
                "cannot adopt tariff version " + id);
        if (changed == 0) {
            throw stale(id, expectedVersion);
        }
    }

    private ConcurrentChangeException stale(long id, long expectedVersion) {
        return queries.stale(
                "tariff version " + id + " changed since version " + expectedVersion + " or is adopted",
                "payments_tariff",
                "id",
                id);
    }

    private int update(String sql, JdbcQueries.Binder binder, String what) {
        try {
            return queries.transactionResult(con -> {
                try (PreparedStatement ps = con.prepareStatement(sql)) {
                    binder.bind(ps);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw DuplicateKeyException.of(what, e);
        }
    }

    private static void tariffFields(PreparedStatement ps, TariffChange c) throws SQLException {
        ps.setString(1, c.name());
        ps.setDate(2, Date.valueOf(c.effectiveFrom()));
        ps.setString(3, c.decisionRef());
        ps.setString(4, c.proposalRef());
        ps.setLong(5, c.membershipFee().ore());
        if (c.indexBaseYear() == null) {
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setInt(6, c.indexBaseYear());
        }
        ps.setLong(
                7, c.supplierPartnerFee() == null ? 0 : c.supplierPartnerFee().ore());
    }

    private static void insertProducts(Connection con, long tariffId, List<ProductTariff> products)
            throws SQLException {
        try (PreparedStatement p = con.prepareStatement(
                        "INSERT INTO payments_tariff_product (tariff_id, product, sort_order,"
                                + " passive_numerator, passive_denominator, contribution_rate) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement price =
                        con.prepareStatement("INSERT INTO payments_tariff_price (tariff_id, product, tier,"
                                + " member_fee_ore, non_member_fee_ore, joining_fee_ore) VALUES (?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (ProductTariff pt : products) {
                p.setLong(1, tariffId);
                p.setString(2, pt.product());
                p.setInt(3, order++);
                p.setInt(4, pt.passiveNumerator());
                p.setInt(5, pt.passiveDenominator());
                p.setBigDecimal(6, pt.contributionRate());
                p.executeUpdate();
                for (Map.Entry<SizeTier, TierPrice> e : pt.prices().entrySet()) {
                    price.setLong(1, tariffId);
                    price.setString(2, pt.product());
                    price.setString(3, e.getKey().name());
                    price.setLong(4, e.getValue().memberFee().ore());
                    price.setLong(5, e.getValue().nonMemberFee().ore());
                    price.setLong(6, e.getValue().joiningFee().ore());
                    price.addBatch();
                }
            }
            price.executeBatch();
        }
    }

    private List<TariffVersion> readTariffs(ResultSet rs) throws SQLException {
        List<TariffVersion> heads = new ArrayList<>();
        while (rs.next()) {
            Integer base = rs.getObject("index_base_year") == null ? null : rs.getInt("index_base_year");
            heads.add(new TariffVersion(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getDate("effective_from").toLocalDate(),
                    TariffState.valueOf(rs.getString("state")),
                    rs.getString("decision_ref"),
                    rs.getString("proposal_ref"),
                    new Money(rs.getLong("membership_fee_ore")),
                    base,
                    new Money(rs.getLong("supplier_fee_ore")),
                    List.of(),
                    rs.getLong("version")));
        }
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<ProductTariff>> products = products();
        return heads.stream()
                .map(t -> new TariffVersion(
                        t.id(),
                        t.name(),
                        t.effectiveFrom(),
                        t.state(),
                        t.decisionRef(),
                        t.proposalRef(),
                        t.membershipFee(),
                        t.indexBaseYear(),
                        t.supplierPartnerFee(),
                        products.getOrDefault(t.id(), List.of()),
                        t.version()))
                .toList();
    }

    private Map<Long, List<ProductTariff>> products() {
        Map<String, Map<SizeTier, TierPrice>> prices = new HashMap<>();
        queries.query(
                "SELECT tariff_id, product, tier, member_fee_ore, non_member_fee_ore, joining_fee_ore FROM payments_tariff_price",
                ps -> {},
                rs -> {
                    while (rs.next()) {
                        prices.computeIfAbsent(
                                        rs.getLong(1) + "/" + rs.getString(2), k -> new EnumMap<>(SizeTier.class))
                                .put(
                                        SizeTier.valueOf(rs.getString(3)),
                                        new TierPrice(
                                                new Money(rs.getLong(4)),
                                                new Money(rs.getLong(5)),
                                                new Money(rs.getLong(6))));
                    }
                    return null;
                });
        Map<Long, List<ProductTariff>> result = new HashMap<>();
        queries.query(
                "SELECT tariff_id, product, passive_numerator, passive_denominator, contribution_rate FROM payments_tariff_product"
                        + " ORDER BY tariff_id, sort_order",
                ps -> {},
                rs -> {
                    while (rs.next()) {
                        long tariff = rs.getLong(1);
                        String product = rs.getString(2);
                        result.computeIfAbsent(tariff, k -> new ArrayList<>())
                                .add(new ProductTariff(
                                        product,
                                        prices.getOrDefault(tariff + "/" + product, Map.of()),
                                        rs.getInt(3),
                                        rs.getInt(4),
                                        Decimals.plain(rs.getBigDecimal(5))));
                    }
                    return null;
                });
        return result;
    }
}
