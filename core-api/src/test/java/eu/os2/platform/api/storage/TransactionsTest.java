package eu.os2.platform.api.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    private DataSource plain;
    private DataSource joining;
    private JdbcQueries store;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:transactions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        plain = h2;
        try (Connection con = plain.getConnection();
                Statement st = con.createStatement()) {
            st.execute("CREATE TABLE item (id INT PRIMARY KEY)");
        }
        joining = Transactions.joining(plain);
        // a store as plugins write them: its own transaction on a connection from the DataSource
        store = new JdbcQueries(joining, "test");
    }

    private void insert(int id) {
        try {
            store.transaction(con -> {
                try (Statement st = con.createStatement()) {
                    st.executeUpdate("INSERT INTO item VALUES (" + id + ")");
                }
            });
        } catch (SQLException e) {
            throw new StorageException("insert failed", e);
        }
    }

    /** Counted on a connection of its own: only what is committed. */
    private long committed() throws SQLException {
        try (Connection con = plain.getConnection();
                Statement st = con.createStatement();
                var rows = st.executeQuery("SELECT COUNT(*) FROM item")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void twoStoreTransactionsInsideOneCommitTogether() throws SQLException {
        Transactions.run(joining, () -> {
            insert(1);
            insert(2);
            try {
                assertThat(committed()).as("nothing is visible before the end").isZero();
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(committed()).isEqualTo(2);
    }

    @Test
    void aFailureAfterAStoreCommittedRollsTheStoreBack() throws SQLException {
        assertThatThrownBy(() -> Transactions.run(joining, () -> {
                    insert(1);
                    throw new IllegalStateException("the audit entry could not be written");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(committed()).isZero();
    }

    @Test
    void aStoreThatRollsBackItsOwnPartKeepsTheRest() throws SQLException {
        Transactions.run(joining, () -> {
            insert(1);
            assertThatThrownBy(() -> insert(1)).isInstanceOf(StorageException.class);
            insert(2);
        });
        assertThat(committed()).isEqualTo(2);
    }

    @Test
    void withoutARunningTransactionTheDataSourceIsPlain() throws SQLException {
        assertThat(Transactions.active(joining)).isFalse();
        insert(1);
        assertThat(committed()).isEqualTo(1);
        try (Connection con = joining.getConnection()) {
            assertThat(con.getAutoCommit()).isTrue();
        }
    }

    @Test
    void nestedRunsJoinTheOuterOne() throws SQLException {
        assertThatThrownBy(() -> Transactions.run(joining, () -> {
                    Transactions.run(joining, () -> insert(1));
                    assertThat(Transactions.active(plain)).isTrue();
                    throw new IllegalStateException("later part failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(committed()).isZero();
        assertThat(Transactions.active(joining)).isFalse();
    }

    @Test
    void aConnectionRolledBackWithoutItsOwnTransactionSpoilsTheWhole() throws SQLException {
        assertThatThrownBy(() -> Transactions.run(joining, () -> {
                    insert(1);
                    try (Connection con = joining.getConnection()) {
                        con.rollback();
                    } catch (SQLException e) {
                        throw new AssertionError(e);
                    }
                }))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("rolled back");
        assertThat(committed()).isZero();
    }

    @Test
    void joiningIsIdempotent() {
        assertThat(Transactions.joining(joining)).isSameAs(joining);
    }
}
