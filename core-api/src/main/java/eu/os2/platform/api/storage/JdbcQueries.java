package eu.os2.platform.api.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A read against the platform database in one call: borrow a connection, bind the parameters, read
 * the rows, give everything back, and report a failure as a {@link StorageException} naming the
 * area; and writes in one transaction. For plugins' stores that write plain JDBC.
 *
 * @since 0.1.0
 */
public final class JdbcQueries {

    /** Sets a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Work on a connection inside a transaction, with a result. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Step {
        void run(Connection connection) throws SQLException;
    }

    /** Turns the rows into a result. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final DataSource dataSource;
    private final String area;

    /**
     * @param dataSource the platform's data source
     * @param area what a failure message names, e.g. {@code "payments"}
     */
    public JdbcQueries(DataSource dataSource, String area) {
        this.dataSource = dataSource;
        this.area = area;
    }

    /**
     * @return what the reader made of the rows
     * @throws StorageException when the database refuses or fails
     */
    public <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection con = dataSource.getConnection();
                PreparedStatement ps = con.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new StorageException(area + " query failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work in one transaction on a borrowed connection: committed when it returns, rolled
     * back when it throws, and the {@code SQLException} or {@code RuntimeException} passed on as it is.
     *
     * @return what the work returned
     */
    public <T> T transactionResult(Work<T> work) throws SQLException {
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try {
                T result = work.run(con);
                con.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            }
        }
    }

    /** Runs the step in one transaction, as {@link #transactionResult(Work)} does. */
    public void transaction(Step step) throws SQLException {
        transactionResult(con -> {
            step.run(con);
            return null;
        });
    }

    /**
     * @return the refusal of a stale change, carrying the row's current version (0 when the row is gone)
     */
    public ConcurrentChangeException stale(String message, String table, String keyColumn, long key) {
        long current = query(
                "SELECT version FROM " + table + " WHERE " + keyColumn + " = ?",
                ps -> ps.setLong(1, key),
                rs -> rs.next() ? rs.getLong(1) : 0L);
        return new ConcurrentChangeException(message, current);
    }
}
