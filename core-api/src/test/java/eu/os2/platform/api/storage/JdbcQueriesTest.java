package eu.os2.platform.api.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcQueriesTest {

    private JdbcQueries queries;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:queries-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection con = dataSource.getConnection();
                Statement st = con.createStatement()) {
            st.execute("CREATE TABLE item (id INT PRIMARY KEY, version INT)");
        }
        queries = new JdbcQueries(dataSource, "test");
    }

    private long count() {
        return queries.query("SELECT COUNT(*) FROM item", ps -> {}, rs -> rs.next() ? rs.getLong(1) : -1L);
    }

    private static void insert(Connection con, int id) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.executeUpdate("INSERT INTO item VALUES (" + id + ", 1)");
        }
    }

    @Test
    void aTransactionThatReturnsIsCommitted() throws SQLException {
        int returned = queries.transactionResult(con -> {
            insert(con, 1);
            insert(con, 2);
            return 2;
        });
        assertThat(returned).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aTransactionThatThrowsIsRolledBackAndTheExceptionPassesUnchanged() throws SQLException {
        IllegalStateException refused = new IllegalStateException("refused half way");
        assertThatThrownBy(() -> queries.transaction(con -> {
                    insert(con, 1);
                    throw refused;
                }))
                .isSameAs(refused);
        assertThatThrownBy(() -> queries.transaction(con -> {
                    insert(con, 1);
                    insert(con, 1); // the primary key refuses the second row
                }))
                .isInstanceOf(SQLException.class);
        assertThat(count()).isZero();
    }

    @Test
    void aStaleChangeCarriesTheCurrentVersion() throws SQLException {
        queries.transaction(con -> insert(con, 7));
        assertThat(queries.stale("item 7 changed", "item", "id", 7).currentVersion())
                .isEqualTo(1);
        assertThat(queries.stale("item 8 is gone", "item", "id", 8).currentVersion())
                .isZero();
    }

    @Test
    void aValueTheDatabaseRefusesIsToldApartFromAFailure() {
        StorageException tooLong = new StorageException("x", new SQLException("value too long", "22001"));
        StorageException check =
                new StorageException("x", new StorageException("y", new SQLException("check", "23513")));
        StorageException down = new StorageException("x", new SQLException("connection refused", "08001"));
        assertThat(tooLong.refusedValue()).isTrue();
        assertThat(check.refusedValue()).isTrue();
        assertThat(down.refusedValue()).isFalse();
    }
}
