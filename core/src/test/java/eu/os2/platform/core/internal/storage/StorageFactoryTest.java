package eu.os2.platform.core.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.storage.DatabaseKind;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.storage.StorageException;
import eu.os2.platform.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** Which storage each kind of bundle gets, on H2. */
class StorageFactoryTest {

    @TempDir
    Path scripts;

    private DataSource platform;
    private PlatformStorage shared;
    private StorageFactory factory;

    @BeforeEach
    void setUp() throws Exception {
        platform = TestDatabases.h2(CoreSchema.CHANGELOG);
        shared = new PlatformStorage() {
            @Override
            public DataSource dataSource() {
                return platform;
            }

            @Override
            public DatabaseKind kind() {
                return DatabaseKind.H2;
            }

            @Override
            public void migrate(Bundle bundle, String changelogPath) {
                throw new UnsupportedOperationException();
            }
        };
        PartnerAccounts accounts = new PartnerAccounts(
                platform,
                DatabaseKind.H2,
                (url, properties) -> new org.h2.Driver().connect(url, properties),
                scripts,
                () -> 2);
        factory = new StorageFactory(shared, accounts);
    }

    @Test
    void platformBundlesAndBundlesThatAreNoPartnerPluginShareThePlatformsStorage() {
        assertThat(factory.getService(TestBundles.platform(42), null)).isSameAs(shared);
        Bundle library = TestBundles.bundle(43, "mvn:org.apache.commons/commons-csv/1.14.1", Map.of());
        assertThat(factory.getService(library, null)).isSameAs(shared);
    }

    @Test
    void aPartnerPluginGetsItsOwnStorageWhoseConnectionsCloseWhenItLetsGo() throws Exception {
        Bundle partner = TestBundles.partner(77, "meetings");
        PlatformStorage storage = factory.getService(partner, null);

        assertThat(storage).isInstanceOf(PartnerStorage.class);
        assertThat(storage.kind()).isEqualTo(DatabaseKind.H2);
        try (Connection connection = storage.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CURRENT_USER, CURRENT_SCHEMA")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("OS2_PLUGIN_MEETINGS");
            assertThat(rows.getString(2)).isEqualTo("PLUGIN_MEETINGS");
        }
        PartnerPool pool = ((PartnerStorage) storage).pool();
        assertThat(pool.openConnections()).isEqualTo(1);
        assertThat(pool.maxConnections()).isEqualTo(2);

        factory.ungetService(partner, null, storage);

        assertThat(pool.openConnections()).isZero();
        assertThatThrownBy(() -> storage.dataSource().getConnection()).hasMessageContaining("closed");
    }

    @Test
    void aPartnerWithoutAWellFormedPluginIdGetsAStorageThatSaysWhy() {
        Bundle dropped = TestBundles.bundle(78, "file:/opt/os2/deploy/odd.jar", Map.of("OS2-Plugin", "Not An Id!"));
        PlatformStorage storage = factory.getService(dropped, null);

        assertThat(storage.kind()).isEqualTo(DatabaseKind.H2);
        assertThatThrownBy(storage::dataSource)
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("OS2-Plugin")
                .hasMessageContaining("well-formed")
                .hasNoCause();
        assertThatThrownBy(() -> storage.migrate(dropped, "db/changelog.yaml"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("well-formed");
    }
}
