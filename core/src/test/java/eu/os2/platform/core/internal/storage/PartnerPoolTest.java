package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.Driver;
import org.junit.jupiter.api.Test;

class PartnerPoolTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final AtomicInteger opened = new AtomicInteger();

    private PartnerPool pool(int max, long waitMillis) {
        return new PartnerPool(
                "plugin test",
                () -> {
                    opened.incrementAndGet();
                    return new Driver().connect(url, new java.util.Properties());
                },
                max,
                waitMillis);
    }

    @Test
    void opensAtMostTheLimitAndTheNextCallerWaitsThenFails() throws Exception {
        PartnerPool pool = pool(2, 100);
        List<Connection> held = new ArrayList<>();
        held.add(pool.getConnection());
        held.add(pool.getConnection());
        long started = System.nanoTime();
        assertThatThrownBy(pool::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("all 2 database connections of plugin test are in use");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(90);

        held.get(0).close();
        try (Connection again = pool.getConnection()) {
            assertThat(again.isValid(1)).isTrue();
        }
        assertThat(opened.get()).isEqualTo(2);
        assertThat(pool.openConnections()).isEqualTo(2);
        pool.close();
    }

    @Test
    void aConnectionGivenBackInsideATransactionIsRolledBackAndReused() throws Exception {
        PartnerPool pool = pool(1, 100);
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (id INT)");
        }
        Connection open = pool.getConnection();
        open.setAutoCommit(false);
        try (Statement statement = open.createStatement()) {
            statement.execute("INSERT INTO t VALUES (1)");
        }
        open.close();
        assertThatThrownBy(open::createStatement).hasMessageContaining("given back");
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM t")) {
            assertThat(connection.getAutoCommit()).isTrue();
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
        assertThat(opened.get()).isEqualTo(1);
        pool.close();
        assertThat(pool.openConnections()).isZero();
    }
}
