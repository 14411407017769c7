package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.payment.PaymentStanding;
import eu.os2.platform.api.payment.ProductTariff;
import eu.os2.platform.api.payment.StandingRecord;
import eu.os2.platform.api.payment.TariffChange;
import eu.os2.platform.api.payment.TariffState;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.api.payment.TierPrice;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.payments.internal.model.BillingDetails;
import eu.os2.platform.payments.internal.model.PopulationFigure;
import eu.os2.platform.payments.internal.model.Subscription;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The payments plugin's tables, in plain JDBC. Amounts are stored as øre. Issued invoices are only
 * ever inserted: no statement here updates or deletes one.
 */
public class PaymentStore {

    private static final String TARIFF_COLUMNS = "id, name, effective_from, state, decision_ref, proposal_ref,"
            + " membership_fee_ore, index_base_year, supplier_fee_ore, version";
    private static final String INVOICE_COLUMNS = "num, kind, organisation_id, invoice_year, refers_to, issue_date, due_date,"
            + " buyer_name, buyer_cvr, buyer_ean, order_reference, person_reference, street, postcode, city, line_total_ore,"
            + " vat_rate, vat_ore, total_ore, note";

    private final DataSource dataSource;
    private final JdbcQueries queries;

    public PaymentStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.queries = new JdbcQueries(dataSource, "payments");
    }

    /** @return a connection for a multi-statement unit of work (the caller closes it) */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    // ---- tariffs

    public List<TariffVersion> tariffs() {
        return queries.query("SELECT " + TARIFF_COLUMNS + " FROM payments_tariff ORDER BY effective_from DESC, id DESC", ps -> {}, this::readTariffs);
    }

    public Optional<TariffVersion> tariff(long id) {
        return queries.query("SELECT " + TARIFF_COLUMNS + " FROM payments_tariff WHERE id = ?", ps -> ps.setLong(1, id), this::readTariffs)
                .stream().findFirst();
    }

    public long insertTariff(TariffChange c) throws SQLException {
        return queries.transactionResult(con -> {
            long id;
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO payments_tariff (name, effective_from, state, decision_ref,"
                    + " proposal_ref, membership_fee_ore, index_base_year, supplier_fee_ore, version) VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, 1)",
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
    }

    /** Replaces a draft's fields and products if it is still a draft at the expected version. */
    public void updateDraft(long id, long expectedVersion, TariffChange c) throws SQLException {
        queries.transaction(con -> {
            try (PreparedStatement ps = con.prepareStatement("UPDATE payments_tariff SET name = ?, effective_from = ?, decision_ref = ?,"
                    + " proposal_ref = ?, membership_fee_ore = ?, index_base_year = ?, supplier_fee_ore = ?, version = version + 1"
                    + " WHERE id = ? AND version = ? AND state = 'DRAFT'")) {
                tariffFields(ps, c);
                ps.setLong(8, id);
                ps.setLong(9, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    throw queries.stale("tariff version " + id + " changed since version " + expectedVersion + " or is adopted", "payments_tariff", "id", id);
                }
            }
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM payments_tariff_product WHERE tariff_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            insertProducts(con, id, c.products());
        });
    }

    public void adopt(long id, long expectedVersion, String decisionRef) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE payments_tariff SET state = 'ADOPTED', decision_ref = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND state = 'DRAFT'")) {
            ps.setString(1, decisionRef);
            ps.setLong(2, id);
            ps.setLong(3, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw queries.stale("tariff version " + id + " changed since version " + expectedVersion + " or is adopted", "payments_tariff", "id", id);
            }
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
        ps.setLong(7, c.supplierPartnerFee() == null ? 0 : c.supplierPartnerFee().ore());
    }

    private static void insertProducts(Connection con, long tariffId, List<ProductTariff> products) throws SQLException {
        try (PreparedStatement p = con.prepareStatement("INSERT INTO payments_tariff_product (tariff_id, product, sort_order,"
                + " passive_numerator, passive_denominator, contribution_rate) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement price = con.prepareStatement("INSERT INTO payments_tariff_price (tariff_id, product, tier,"
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
            heads.add(new TariffVersion(rs.getLong("id"), rs.getString("name"), rs.getDate("effective_from").toLocalDate(),
                    TariffState.valueOf(rs.getString("state")), rs.getString("decision_ref"), rs.getString("proposal_ref"),
                    new Money(rs.getLong("membership_fee_ore")), base, new Money(rs.getLong("supplier_fee_ore")), List.of(),
                    rs.getLong("version")));
        }
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<ProductTariff>> products = products();
        return heads.stream().map(t -> new TariffVersion(t.id(), t.name(), t.effectiveFrom(), t.state(), t.decisionRef(), t.proposalRef(),
                t.membershipFee(), t.indexBaseYear(), t.supplierPartnerFee(), products.getOrDefault(t.id(), List.of()), t.version())).toList();
    }

    private Map<Long, List<ProductTariff>> products() {
        Map<String, Map<SizeTier, TierPrice>> prices = new HashMap<>();
        queries.query("SELECT tariff_id, product, tier, member_fee_ore, non_member_fee_ore, joining_fee_ore FROM payments_tariff_price", ps -> {}, rs -> {
            while (rs.next()) {
                prices.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new EnumMap<>(SizeTier.class))
                        .put(SizeTier.valueOf(rs.getString(3)), new TierPrice(new Money(rs.getLong(4)), new Money(rs.getLong(5)), new Money(rs.getLong(6))));
            }
            return null;
        });
        Map<Long, List<ProductTariff>> result = new HashMap<>();
        queries.query("SELECT tariff_id, product, passive_numerator, passive_denominator, contribution_rate FROM payments_tariff_product"
                + " ORDER BY tariff_id, sort_order", ps -> {}, rs -> {
                    while (rs.next()) {
                        long tariff = rs.getLong(1);
                        String product = rs.getString(2);
                        result.computeIfAbsent(tariff, k -> new ArrayList<>()).add(new ProductTariff(product,
                                prices.getOrDefault(tariff + "/" + product, Map.of()), rs.getInt(3), rs.getInt(4),
                                rs.getBigDecimal(5).stripTrailingZeros()));
                    }
                    return null;
                });
        return result;
    }

    // ---- index and population

    public Map<Integer, BigDecimal> index() {
        Map<Integer, BigDecimal> result = new LinkedHashMap<>();
        queries.query("SELECT index_year, index_value FROM payments_index ORDER BY index_year", ps -> {}, rs -> {
            while (rs.next()) {
                result.put(rs.getInt(1), rs.getBigDecimal(2).stripTrailingZeros());
            }
            return null;
        });
        return result;
    }

    /** Sets a year's index value (inserted or replaced). */
    public void putIndex(int year, BigDecimal value, String actor) throws SQLException {
        queries.transaction(con -> {
            try (PreparedStatement del = con.prepareStatement("DELETE FROM payments_index WHERE index_year = ?")) {
                del.setInt(1, year);
                del.executeUpdate();
            }
            try (PreparedStatement ins = con.prepareStatement("INSERT INTO payments_index (index_year, index_value, recorded_by) VALUES (?, ?, ?)")) {
                ins.setInt(1, year);
                ins.setBigDecimal(2, value);
                ins.setString(3, actor);
                ins.executeUpdate();
            }
        });
    }

    public List<PopulationFigure> population() {
        return queries.query("SELECT municipality_code, population_year, inhabitants FROM payments_population ORDER BY population_year, municipality_code",
                ps -> {}, rs -> {
                    List<PopulationFigure> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new PopulationFigure(rs.getInt(1), rs.getInt(2), rs.getLong(3)));
                    }
                    return result;
                });
    }

    /** Stores the figures in one transaction, replacing figures for the same municipality and year. */
    public void putPopulation(List<PopulationFigure> figures, String source) throws SQLException {
        queries.transaction(con -> {
            try (PreparedStatement del = con.prepareStatement("DELETE FROM payments_population WHERE municipality_code = ? AND population_year = ?");
                    PreparedStatement ins = con.prepareStatement("INSERT INTO payments_population (municipality_code, population_year,"
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
        return queries.query("SELECT organisation_id, order_reference, person_reference, street, postcode, city, manual_tier, tier_reason, version"
                + " FROM payments_billing", ps -> {}, rs -> {
                    Map<Long, BillingDetails> result = new HashMap<>();
                    while (rs.next()) {
                        BillingDetails b = billing(rs);
                        result.put(b.organisationId(), b);
                    }
                    return result;
                });
    }

    public Optional<BillingDetails> billing(long organisationId) {
        return Optional.ofNullable(queries.query("SELECT organisation_id, order_reference, person_reference, street, postcode, city, manual_tier,"
                + " tier_reason, version FROM payments_billing WHERE organisation_id = ?", ps -> ps.setLong(1, organisationId),
                rs -> rs.next() ? billing(rs) : null));
    }

    private static BillingDetails billing(ResultSet rs) throws SQLException {
        String tier = rs.getString(7);
        return new BillingDetails(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                tier == null ? null : SizeTier.valueOf(tier), rs.getString(8), rs.getLong(9));
    }

    /** Inserts (expected version 0) or replaces (the stored version) an organisation's billing details. */
    public void putBilling(BillingDetails b, long expectedVersion) throws SQLException {
        try (Connection con = dataSource.getConnection()) {
            String sql = expectedVersion == 0
                    ? "INSERT INTO payments_billing (order_reference, person_reference, street, postcode, city, manual_tier, tier_reason,"
                            + " organisation_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"
                    : "UPDATE payments_billing SET order_reference = ?, person_reference = ?, street = ?, postcode = ?, city = ?,"
                            + " manual_tier = ?, tier_reason = ?, version = version + 1 WHERE organisation_id = ? AND version = ?";
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setString(1, b.orderReference());
                ps.setString(2, b.personReference());
                ps.setString(3, b.street());
                ps.setString(4, b.postcode());
                ps.setString(5, b.city());
                ps.setString(6, b.manualTier() == null ? null : b.manualTier().name());
                ps.setString(7, b.tierReason());
                ps.setLong(8, b.organisationId());
                if (expectedVersion != 0) {
                    ps.setLong(9, expectedVersion);
                }
                if (ps.executeUpdate() == 0) {
                    throw queries.stale("billing details of organisation " + b.organisationId() + " changed since version " + expectedVersion, "payments_billing", "organisation_id", b.organisationId());
                }
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw queries.stale("billing details of organisation " + b.organisationId() + " were created meanwhile", "payments_billing", "organisation_id", b.organisationId());
                }
                throw e;
            }
        }
    }

    public List<Subscription> subscriptions() {
        return subscriptions("", ps -> {});
    }

    public List<Subscription> subscriptions(long organisationId) {
        return subscriptions(" WHERE organisation_id = ?", ps -> ps.setLong(1, organisationId));
    }

    public Optional<Subscription> subscription(long id) {
        return subscriptions(" WHERE id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
    }

    private List<Subscription> subscriptions(String where, JdbcQueries.Binder binder) {
        return queries.query("SELECT id, organisation_id, product, starts, ends, passive, version FROM payments_subscription" + where
                + " ORDER BY organisation_id, product, starts", binder, rs -> {
                    List<Subscription> result = new ArrayList<>();
                    while (rs.next()) {
                        Date ends = rs.getDate(5);
                        result.add(new Subscription(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                                ends == null ? null : ends.toLocalDate(), rs.getBoolean(6), rs.getLong(7)));
                    }
                    return result;
                });
    }

    public long insertSubscription(Subscription s) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO payments_subscription (organisation_id, product, starts, ends, passive, version)"
                        + " VALUES (?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
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
    }

    public void updateSubscription(Subscription s, long expectedVersion) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("UPDATE payments_subscription SET ends = ?, passive = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")) {
            ps.setDate(1, s.to() == null ? null : Date.valueOf(s.to()));
            ps.setBoolean(2, s.passive());
            ps.setLong(3, s.id());
            ps.setLong(4, expectedVersion);
            if (ps.executeUpdate() == 0) {
                throw queries.stale("subscription " + s.id() + " changed since version " + expectedVersion, "payments_subscription", "id", s.id());
            }
        }
    }

    // ---- invoices

    /**
     * Takes the number series' row lock and reads the next number; the caller's transaction holds
     * the lock until it commits, so concurrent runs (on any node) issue one after the other.
     */
    public long lockNextNumber(Connection con) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT next_number FROM payments_number_series WHERE name = 'invoice' FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void setNextNumber(Connection con, long next) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("UPDATE payments_number_series SET next_number = ? WHERE name = 'invoice'")) {
            ps.setLong(1, next);
            ps.executeUpdate();
        }
    }

    /** @return the organisations that already hold the run's invoice for the year (inside the caller's transaction) */
    public Set<Long> invoicedOrganisations(Connection con, int year) throws SQLException {
        Set<Long> result = new HashSet<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT organisation_id FROM payments_invoice WHERE invoice_year = ?"
                + " AND kind = 'INVOICE' AND refers_to = 0")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
        }
        return result;
    }

    /** Batched inserts of invoices and their lines inside the caller's transaction. */
    public final class InvoiceWriter implements AutoCloseable {
        private final PreparedStatement head;
        private final PreparedStatement line;
        private int pending;

        public InvoiceWriter(Connection con) throws SQLException {
            head = con.prepareStatement("INSERT INTO payments_invoice (" + INVOICE_COLUMNS + ", tariff_id, issued_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            line = con.prepareStatement("INSERT INTO payments_invoice_line (invoice_num, line_no, kind, product, description, explanation,"
                    + " amount_ore, contribution_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /** Adds a numbered invoice; {@code contributionRates} are per line, in line order. */
        public void add(Invoice inv, long refersTo, Long tariffId, List<BigDecimal> contributionRates, String actor) throws SQLException {
            head.setLong(1, inv.number());
            head.setString(2, inv.kind().name());
            head.setLong(3, inv.organisationId());
            head.setInt(4, inv.year());
            head.setLong(5, refersTo);
            head.setDate(6, Date.valueOf(inv.issueDate()));
            head.setDate(7, Date.valueOf(inv.dueDate()));
            Buyer b = inv.buyer();
            head.setString(8, b.name());
            head.setString(9, b.cvr());
            head.setString(10, b.ean());
            head.setString(11, b.orderReference());
            head.setString(12, b.personReference());
            head.setString(13, b.street());
            head.setString(14, b.postcode());
            head.setString(15, b.city());
            head.setLong(16, inv.lineTotal().ore());
            head.setBigDecimal(17, inv.vatRate());
            head.setLong(18, inv.vat().ore());
            head.setLong(19, inv.total().ore());
            head.setString(20, inv.note());
            if (tariffId == null) {
                head.setNull(21, Types.BIGINT);
            } else {
                head.setLong(21, tariffId);
            }
            head.setString(22, actor);
            head.addBatch();
            for (int i = 0; i < inv.lines().size(); i++) {
                InvoiceLine l = inv.lines().get(i);
                line.setLong(1, inv.number());
                line.setInt(2, l.lineNo());
                line.setString(3, l.kind().name());
                line.setString(4, l.product());
                line.setString(5, l.description());
                line.setString(6, l.explanation());
                line.setLong(7, l.amount().ore());
                line.setBigDecimal(8, contributionRates.get(i));
                line.addBatch();
            }
            if (++pending >= 500) {
                flush();
            }
        }

        public void flush() throws SQLException {
            if (pending > 0) {
                head.executeBatch();
                line.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                head.close();
                line.close();
            }
        }
    }

    public Optional<Invoice> invoice(long number) {
        return invoices(" WHERE i.num = ?", ps -> ps.setLong(1, number)).stream().findFirst();
    }

    public List<Invoice> invoicesOf(long organisationId) {
        return invoices(" WHERE i.organisation_id = ?", ps -> ps.setLong(1, organisationId));
    }

    public List<Invoice> invoicesIn(int year) {
        return invoices(" WHERE i.invoice_year = ?", ps -> ps.setInt(1, year));
    }

    /** @return the number of documents issued for the year, by kind */
    public Map<InvoiceKind, Long> countIn(int year) {
        return queries.query("SELECT kind, COUNT(*) FROM payments_invoice WHERE invoice_year = ? GROUP BY kind", ps -> ps.setInt(1, year), rs -> {
            Map<InvoiceKind, Long> result = new EnumMap<>(InvoiceKind.class);
            while (rs.next()) {
                result.put(InvoiceKind.valueOf(rs.getString(1)), rs.getLong(2));
            }
            return result;
        });
    }

    private List<Invoice> invoices(String where, JdbcQueries.Binder binder) {
        Map<Long, List<InvoiceLine>> lines = new HashMap<>();
        queries.query("SELECT l.invoice_num, l.line_no, l.kind, l.product, l.description, l.explanation, l.amount_ore FROM payments_invoice_line l"
                + " JOIN payments_invoice i ON i.num = l.invoice_num" + where + " ORDER BY l.invoice_num, l.line_no", binder, rs -> {
                    while (rs.next()) {
                        lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new InvoiceLine(rs.getInt(2),
                                LineKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), new Money(rs.getLong(7))));
                    }
                    return null;
                });
        return queries.query("SELECT " + prefixed(INVOICE_COLUMNS) + ", (SELECT MIN(c.num) FROM payments_invoice c WHERE c.kind = 'CREDIT_NOTE'"
                + " AND c.refers_to = i.num) AS credited_by FROM payments_invoice i" + where + " ORDER BY i.num DESC", binder, rs -> {
                    List<Invoice> result = new ArrayList<>();
                    while (rs.next()) {
                        long num = rs.getLong("num");
                        InvoiceKind kind = InvoiceKind.valueOf(rs.getString("kind"));
                        long refersTo = rs.getLong("refers_to");
                        Long credited = rs.getObject("credited_by") == null ? null : rs.getLong("credited_by");
                        result.add(new Invoice(num, num, kind, rs.getLong("organisation_id"), rs.getInt("invoice_year"),
                                rs.getDate("issue_date").toLocalDate(), rs.getDate("due_date").toLocalDate(),
                                new Buyer(rs.getString("buyer_name"), rs.getString("buyer_cvr"), rs.getString("buyer_ean"),
                                        rs.getString("order_reference"), rs.getString("person_reference"), rs.getString("street"),
                                        rs.getString("postcode"), rs.getString("city")),
                                lines.getOrDefault(num, List.of()), new Money(rs.getLong("line_total_ore")),
                                rs.getBigDecimal("vat_rate").stripTrailingZeros(), new Money(rs.getLong("vat_ore")),
                                new Money(rs.getLong("total_ore")), kind == InvoiceKind.CREDIT_NOTE ? refersTo : null, credited,
                                kind == InvoiceKind.INVOICE && refersTo != 0 ? refersTo : null, rs.getString("note")));
                    }
                    return result;
                });
    }

    private static String prefixed(String columns) {
        return "i." + columns.replace(", ", ", i.");
    }

    /** One chart-of-accounts sum: income booked from invoices for a year, by line kind, and the product contributions. */
    public record InvoicedIncome(Map<LineKind, Money> byKind, Money contributions) {}

    public InvoicedIncome invoicedIncome(int year) {
        Map<LineKind, Money> byKind = new EnumMap<>(LineKind.class);
        queries.query("SELECT l.kind, SUM(l.amount_ore) FROM payments_invoice_line l JOIN payments_invoice i ON i.num = l.invoice_num"
                + " WHERE i.invoice_year = ? GROUP BY l.kind", ps -> ps.setInt(1, year), rs -> {
                    while (rs.next()) {
                        byKind.put(LineKind.valueOf(rs.getString(1)), new Money(rs.getLong(2)));
                    }
                    return null;
                });
        // the contribution is a rate of each product's yearly fees: summed exactly, rounded once per product
        Money contributions = queries.query("SELECT l.product, SUM(l.amount_ore * l.contribution_rate) FROM payments_invoice_line l"
                + " JOIN payments_invoice i ON i.num = l.invoice_num WHERE i.invoice_year = ? AND l.kind = 'PRODUCT_FEE' GROUP BY l.product",
                ps -> ps.setInt(1, year), rs -> {
                    Money sum = Money.ZERO;
                    while (rs.next()) {
                        // Σ øre × percent, so one øre × (that / 100) is the contribution, rounded by Money's one rule
                        sum = sum.plus(new Money(1).times(rs.getBigDecimal(2), BigDecimal.valueOf(100)));
                    }
                    return sum;
                });
        return new InvoicedIncome(byKind, contributions);
    }

    /** @return the years that have issued invoices or ledger entries, ascending */
    public List<Integer> economyYears() {
        return queries.query("SELECT invoice_year FROM payments_invoice UNION SELECT ledger_year FROM payments_ledger ORDER BY 1", ps -> {}, rs -> {
            List<Integer> years = new ArrayList<>();
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
            return years;
        });
    }

    // ---- ledger

    /** A ledger entry the secretariat records. */
    public record LedgerEntry(long id, int year, String account, Money amount, String note, String recordedBy) {}

    public List<LedgerEntry> ledger() {
        return queries.query("SELECT id, ledger_year, account, amount_ore, note, recorded_by FROM payments_ledger ORDER BY ledger_year, id", ps -> {}, rs -> {
            List<LedgerEntry> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new LedgerEntry(rs.getLong(1), rs.getInt(2), rs.getString(3), new Money(rs.getLong(4)), rs.getString(5), rs.getString(6)));
            }
            return result;
        });
    }

    public long insertLedger(int year, String account, Money amount, String note, String actor) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO payments_ledger (ledger_year, account, amount_ore, note, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setInt(1, year);
            ps.setString(2, account);
            ps.setLong(3, amount.ore());
            ps.setString(4, note);
            ps.setString(5, actor);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    // ---- standing

    public List<StandingRecord> standings(long organisationId) {
        return queries.query("SELECT organisation_id, standing, note, recorded_by, recorded_at FROM payments_standing WHERE organisation_id = ?"
                + " ORDER BY id DESC", ps -> ps.setLong(1, organisationId), PaymentStore::readStandings);
    }

    /** @return every organisation's latest standing */
    public Map<Long, StandingRecord> currentStandings() {
        List<StandingRecord> all = queries.query("SELECT s.organisation_id, s.standing, s.note, s.recorded_by, s.recorded_at FROM payments_standing s"
                + " WHERE s.id = (SELECT MAX(t.id) FROM payments_standing t WHERE t.organisation_id = s.organisation_id)", ps -> {},
                PaymentStore::readStandings);
        Map<Long, StandingRecord> result = new HashMap<>();
        all.forEach(r -> result.put(r.organisationId(), r));
        return result;
    }

    private static List<StandingRecord> readStandings(ResultSet rs) throws SQLException {
        List<StandingRecord> result = new ArrayList<>();
        while (rs.next()) {
            result.add(new StandingRecord(rs.getLong(1), PaymentStanding.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                    rs.getTimestamp(5).toInstant()));
        }
        return result;
    }

    public void insertStanding(StandingRecord r) throws SQLException {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement("INSERT INTO payments_standing (organisation_id, standing, note, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.organisationId());
            ps.setString(2, r.standing().name());
            ps.setString(3, r.note());
            ps.setString(4, r.recordedBy());
            ps.setTimestamp(5, Timestamp.from(r.recordedAt()));
            ps.executeUpdate();
        }
    }
}
