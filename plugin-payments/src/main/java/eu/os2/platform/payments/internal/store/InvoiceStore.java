package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.Buyer;
import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.payments.internal.model.Decimals;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Issued invoices and credit notes, and the gap-free number series. Issued documents are only ever
 * inserted: no statement here updates or deletes one.
 */
public class InvoiceStore {

    private static final String INVOICE_COLUMNS =
            "num, kind, organisation_id, invoice_year, refers_to, issue_date, due_date,"
                    + " buyer_name, buyer_cvr, buyer_ean, order_reference, person_reference, street, postcode, city, line_total_ore,"
                    + " vat_rate, vat_ore, total_ore, note";

    static final String DOCUMENT_KEY = "uq_payments_invoice_per_member_year_kind";

    private final JdbcQueries queries;
    /** One issuing transaction at a time on this node; the number series' row lock serialises nodes. */
    private final ReentrantLock issuing = new ReentrantLock();

    InvoiceStore(JdbcQueries queries) {
        this.queries = queries;
    }

    /** The issuing transaction as the service sees it: numbers from the series, the year's invoiced members, inserts. */
    public interface Issuing {
        /** @return the next number of the series (gap-free: numbers taken are issued when the transaction commits) */
        long takeNumber();

        /** @return the organisations that already hold the run's invoice for the year */
        Set<Long> invoicedOrganisations(int year);

        /** Adds a numbered document; {@code contributionRates} are per line, in line order. */
        void add(Invoice inv, long refersTo, Long tariffId, List<BigDecimal> contributionRates, String actor);

        /** Writes what is batched so far (the credit note before the reissued invoice). */
        void flush();
    }

    /** A JDBC failure inside the work, carried out of the {@link Issuing} calls to the transaction. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(SQLException cause) {
            super(cause);
        }
    }

    /**
     * Runs the work in one transaction under the number series' row lock ({@code FOR UPDATE}): numbers
     * taken are stored as the series' next number when the work returns, and everything is rolled back
     * when it throws. Issuing is serialised on this node; the row lock serialises nodes.
     *
     * @param what what a failure message names
     * @return what the work returned
     * @throws DuplicateKeyException when a document it adds exists already (a concurrent issue)
     */
    public <T> T issue(String what, Function<Issuing, T> work) {
        issuing.lock();
        try {
            return queries.transactionResult(con -> {
                try (Batch batch = new Batch(con)) {
                    T result = work.apply(batch);
                    batch.finish();
                    return result;
                } catch (Failure e) {
                    throw (SQLException) e.getCause();
                }
            });
        } catch (SQLException e) {
            throw DuplicateKeyException.of(what, e, DOCUMENT_KEY);
        } finally {
            issuing.unlock();
        }
    }

    /** Batched inserts of documents and their lines inside the issuing transaction. */
    private static final class Batch implements Issuing, AutoCloseable {
        private final Connection con;
        private final PreparedStatement head;
        private final PreparedStatement line;
        private long next;
        private int pending;

        Batch(Connection con) throws SQLException {
            this.con = con;
            try (PreparedStatement ps = con.prepareStatement(
                            "SELECT next_number FROM payments_number_series WHERE name = 'invoice' FOR" + " UPDATE");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
            }
            head = con.prepareStatement("INSERT INTO payments_invoice (" + INVOICE_COLUMNS + ", tariff_id, issued_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            line = con.prepareStatement(
                    "INSERT INTO payments_invoice_line (invoice_num, line_no, kind, product, description, explanation,"
                            + " amount_ore, contribution_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        public long takeNumber() {
            return next++;
        }

        @Override
        public Set<Long> invoicedOrganisations(int year) {
            Set<Long> result = new HashSet<>();
            try (PreparedStatement ps =
                    con.prepareStatement("SELECT organisation_id FROM payments_invoice WHERE invoice_year = ?"
                            + " AND kind = 'INVOICE' AND refers_to = 0")) {
                ps.setInt(1, year);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getLong(1));
                    }
                }
                return result;
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }

        @Override
        public void add(Invoice inv, long refersTo, Long tariffId, List<BigDecimal> contributionRates, String actor) {
            try {
                insert(inv, refersTo, tariffId, contributionRates, actor);
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }

        @Override
        public void flush() {
            try {
                write();
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }

        /** Writes the rest and stores the series' next number. */
        void finish() throws SQLException {
            write();
            try (PreparedStatement ps =
                    con.prepareStatement("UPDATE payments_number_series SET next_number = ? WHERE name = 'invoice'")) {
                ps.setLong(1, next);
                ps.executeUpdate();
            }
        }

        private void insert(Invoice inv, long refersTo, Long tariffId, List<BigDecimal> contributionRates, String actor)
                throws SQLException {
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
                write();
            }
        }

        private void write() throws SQLException {
            if (pending > 0) {
                head.executeBatch();
                line.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                head.close();
            } finally {
                line.close();
            }
        }
    }

    /** @return the organisations that already hold the run's invoice for the year */
    public Set<Long> invoicedOrganisations(int year) {
        return queries.query(
                "SELECT organisation_id FROM payments_invoice WHERE invoice_year = ? AND kind = 'INVOICE' AND refers_to = 0",
                ps -> ps.setInt(1, year),
                rs -> {
                    Set<Long> result = new HashSet<>();
                    while (rs.next()) {
                        result.add(rs.getLong(1));
                    }
                    return result;
                });
    }

    public Optional<Invoice> invoice(long number) {
        return invoices(" WHERE i.num = ?", ps -> ps.setLong(1, number)).stream()
                .findFirst();
    }

    public List<Invoice> invoicesOf(long organisationId) {
        return invoices(" WHERE i.organisation_id = ?", ps -> ps.setLong(1, organisationId));
    }

    public List<Invoice> invoicesIn(int year) {
        return invoices(" WHERE i.invoice_year = ?", ps -> ps.setInt(1, year));
    }

    private List<Invoice> invoices(String where, JdbcQueries.Binder binder) {
        Map<Long, List<InvoiceLine>> lines = new HashMap<>();
        queries.query(
                "SELECT l.invoice_num, l.line_no, l.kind, l.product, l.description, l.explanation, l.amount_ore FROM"
                        + " payments_invoice_line l"
                        + " JOIN payments_invoice i ON i.num = l.invoice_num" + where
                        + " ORDER BY l.invoice_num, l.line_no",
                binder,
                rs -> {
                    while (rs.next()) {
                        lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new InvoiceLine(
                                        rs.getInt(2),
                                        LineKind.valueOf(rs.getString(3)),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        new Money(rs.getLong(7))));
                    }
                    return null;
                });
        return queries.query(
                "SELECT " + prefixed(INVOICE_COLUMNS)
                        + ", (SELECT MIN(c.num) FROM payments_invoice c WHERE c.kind = 'CREDIT_NOTE'"
                        + " AND c.refers_to = i.num) AS credited_by FROM payments_invoice i" + where
                        + " ORDER BY i.num DESC",
                binder,
                rs -> {
                    List<Invoice> result = new ArrayList<>();
                    while (rs.next()) {
                        long num = rs.getLong("num");
                        InvoiceKind kind = InvoiceKind.valueOf(rs.getString("kind"));
                        long refersTo = rs.getLong("refers_to");
                        Long credited = rs.getObject("credited_by") == null ? null : rs.getLong("credited_by");
                        result.add(new Invoice(
                                num,
                                num,
                                kind,
                                rs.getLong("organisation_id"),
                                rs.getInt("invoice_year"),
                                rs.getDate("issue_date").toLocalDate(),
                                rs.getDate("due_date").toLocalDate(),
                                new Buyer(
                                        rs.getString("buyer_name"),
                                        rs.getString("buyer_cvr"),
                                        rs.getString("buyer_ean"),
                                        rs.getString("order_reference"),
                                        rs.getString("person_reference"),
                                        rs.getString("street"),
                                        rs.getString("postcode"),
                                        rs.getString("city")),
                                lines.getOrDefault(num, List.of()),
                                new Money(rs.getLong("line_total_ore")),
                                Decimals.plain(rs.getBigDecimal("vat_rate")),
                                new Money(rs.getLong("vat_ore")),
                                new Money(rs.getLong("total_ore")),
                                kind == InvoiceKind.CREDIT_NOTE ? refersTo : null,
                                credited,
                                kind == InvoiceKind.INVOICE && refersTo != 0 ? refersTo : null,
                                rs.getString("note")));
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
        queries.query(
                "SELECT l.kind, SUM(l.amount_ore) FROM payments_invoice_line l JOIN payments_invoice i ON i.num = l.invoice_num"
                        + " WHERE i.invoice_year = ? GROUP BY l.kind",
                ps -> ps.setInt(1, year),
                rs -> {
                    while (rs.next()) {
                        byKind.put(LineKind.valueOf(rs.getString(1)), new Money(rs.getLong(2)));
                    }
                    return null;
                });
        // the contribution is a rate of each product's yearly fees: summed exactly, rounded once per product
        Money contributions = queries.query(
                "SELECT l.product, SUM(l.amount_ore * l.contribution_rate) FROM payments_invoice_line l"
                        + " JOIN payments_invoice i ON i.num = l.invoice_num WHERE i.invoice_year = ? AND l.kind = 'PRODUCT_FEE' GROUP BY"
                        + " l.product",
                ps -> ps.setInt(1, year),
                rs -> {
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
        return queries.query(
                "SELECT invoice_year FROM payments_invoice UNION SELECT ledger_year FROM payments_ledger ORDER BY 1",
                ps -> {},
                rs -> {
                    List<Integer> years = new ArrayList<>();
                    while (rs.next()) {
                        years.add(rs.getInt(1));
                    }
                    return years;
                });
    }
}
