package eu.os2.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import eu.os2.platform.api.storage.PlatformStorage;
import java.io.File;
import java.io.FileOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A partner plugin's data boundary in the booted platform (embedded H2): the storage it gets logs
 * in as its own database user in its own schema, cannot read the platform's tables, does not see
 * the platform's DataSource service, and its connections close when it lets go of the storage.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PartnerDataIT {

    @Inject
    BundleContext context;

    @Configuration
    public Option[] configuration() {
        return Distribution.withDemoData(
                "partner-data",
                // the test's plugin is not signed: warn, as in development
                editConfigurationFilePut("etc/eu.os2.platform.plugins.cfg", "trust.mode", "warn"));
    }

    @Before
    public void platformIsUp() throws Exception {
        Distribution.awaitHealthy(90);
    }

    private Bundle installPartner(String pluginId) throws Exception {
        File jar = File.createTempFile("partner-" + pluginId, ".jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "eu.example.partner." + pluginId);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("OS2-Plugin", pluginId);
        main.putValue("OS2-Core-API", "[0.1,1)");
        main.putValue(
                "Require-Capability",
                "eu.os2.platform.api;filter:=\"(&(eu.os2.platform.api=core)(version>=0.1.0)(!(version>=1.0.0)))\"");
        try (JarOutputStream out = new JarOutputStream(new FileOutputStream(jar), manifest)) {
            out.flush();
        }
        Bundle bundle = context.installBundle("file:" + jar.getAbsolutePath());
        bundle.start();
        return bundle;
    }

    private static String one(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(sql, rows.next());
            return rows.getString(1);
        }
    }

    @Test
    public void aPartnerPluginWorksInItsOwnSchemaAndCannotReadThePlatformsTables() throws Exception {
        Bundle partner = installPartner("datatest");
        try {
            BundleContext partnerContext = partner.getBundleContext();
            ServiceReference<PlatformStorage> reference = partnerContext.getServiceReference(PlatformStorage.class);
            assertNotNull("the partner finds the storage service", reference);
            PlatformStorage storage = partnerContext.getService(reference);
            DataSource dataSource = storage.dataSource();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                assertEquals("OS2_PLUGIN_DATATEST", one(statement, "SELECT CURRENT_USER"));
                assertEquals("PLUGIN_DATATEST", one(statement, "SELECT CURRENT_SCHEMA"));
                statement.execute("CREATE TABLE IF NOT EXISTS datatest_note (id INT)");
                statement.execute("INSERT INTO datatest_note VALUES (1)");
                assertEquals("1", one(statement, "SELECT count(*) FROM datatest_note"));
                for (String table : new String[] {"core_user", "core_plugin_account", "databasechangelog"}) {
                    try {
                        statement.executeQuery("SELECT * FROM PUBLIC." + table);
                        fail("a partner read the platform's " + table);
                    } catch (SQLException expected) {
                        assertTrue(expected.getMessage(), expected.getMessage().contains("Not enough rights"));
                    }
                }
            }
            // the platform's own DataSource service is not there for the partner, but is for others
            assertNull(partnerContext.getServiceReferences(DataSource.class, "(dataSourceName=os2)").stream()
                    .findAny()
                    .orElse(null));
            assertTrue(!context.getServiceReferences(DataSource.class, "(dataSourceName=os2)")
                    .isEmpty());

            // letting go of the storage closes the plugin's connections
            partnerContext.ungetService(reference);
            try {
                dataSource.getConnection().close();
                fail("the connections of a plugin that let go of its storage still work");
            } catch (SQLException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("closed"));
            }
        } finally {
            partner.uninstall();
        }
    }

    @Test
    public void bundlesThatAreNoPartnerPluginShareThePlatformsStorage() throws Exception {
        ServiceReference<PlatformStorage> reference = context.getServiceReference(PlatformStorage.class);
        PlatformStorage storage = context.getService(reference);
        try (Connection connection = storage.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals("OS2", one(statement, "SELECT CURRENT_USER"));
            assertEquals("PUBLIC", one(statement, "SELECT CURRENT_SCHEMA"));
        } finally {
            context.ungetService(reference);
        }
        PlatformStorage again = context.getService(reference);
        try {
            assertSame("the shared storage stays open for the platform", storage.kind(), again.kind());
            try (Connection connection = again.dataSource().getConnection()) {
                assertTrue(connection.isValid(2));
            }
        } finally {
            context.ungetService(reference);
        }
    }
}
