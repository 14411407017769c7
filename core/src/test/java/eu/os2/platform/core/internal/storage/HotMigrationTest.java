package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import liquibase.resource.DirectoryResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle updated while the platform runs: its new changesets apply at once, a broken one fails the call. */
class HotMigrationTest {

    private static final String V1 = """
            databaseChangeLog:
              - changeSet:
                  id: meetings-1
                  author: partner
                  changes:
                    - createTable:
                        tableName: meetings_meeting
                        columns:
                          - column: { name: id, type: BIGINT, constraints: { primaryKey: true } }
            """;

    private static final String V2 = V1 + """
              - changeSet:
                  id: meetings-2
                  author: partner
                  changes:
                    - addColumn:
                        tableName: meetings_meeting
                        columns:
                          - column: { name: place, type: VARCHAR(200) }
            """;

    private static final String BROKEN = V2 + """
              - changeSet:
                  id: meetings-3
                  author: partner
                  changes:
                    - addColumn:
                        tableName: no_such_table
                        columns:
                          - column: { name: x, type: INT }
            """;

    @TempDir
    Path bundle;

    private boolean hasColumn(JdbcDataSource h2, String column) throws Exception {
        try (Connection connection = h2.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, null, "MEETINGS_MEETING", column)) {
            return columns.next();
        }
    }

    @Test
    void anUpdatedChangelogAtTheSamePathIsAppliedWithoutARestart() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:hot-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Path changelog = bundle.resolve("db/meetings/changelog.yaml");
        Files.createDirectories(changelog.getParent());

        Files.writeString(changelog, V1);
        PlatformStorageImpl.migrate(
                h2, new DirectoryResourceAccessor(bundle), "db/meetings/changelog.yaml", "meetings");
        // the component activates again (the bundle restarts): the changelog is up to date
        PlatformStorageImpl.migrate(
                h2, new DirectoryResourceAccessor(bundle), "db/meetings/changelog.yaml", "meetings");
        assertThat(hasColumn(h2, "PLACE")).isFalse();

        // the bundle is updated: same path, one changeset more
        Files.writeString(changelog, V2);
        PlatformStorageImpl.migrate(
                h2, new DirectoryResourceAccessor(bundle), "db/meetings/changelog.yaml", "meetings");
        assertThat(hasColumn(h2, "PLACE")).isTrue();

        // a broken changeset in the next update fails the call, with Liquibase's reason
        Files.writeString(changelog, BROKEN);
        assertThatThrownBy(() -> PlatformStorageImpl.migrate(
                        h2, new DirectoryResourceAccessor(bundle), "db/meetings/changelog.yaml", "meetings"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("meetings-3")
                .hasMessageContaining("NO_SUCH_TABLE");
    }
}
