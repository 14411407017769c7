package eu.os2.platform.itests;

import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Settings shared by the tests that boot the distribution. */
final class Distribution {

    /** The demo users' password the tests configure. */
    static final String DEMO_PASSWORD = "it-demo-password-4711";

    /**
     * The JPMS flags bin/karaf passes on Java 9+, which Pax Exam does not pass by itself;
     * {@code %s} is the unpacked distribution's home.
     */
    static final String[] JPMS_FLAGS = {
        "--add-reads=java.xml=java.logging",
        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
        "--add-opens", "java.base/java.security=ALL-UNNAMED",
        "--add-opens", "java.base/java.net=ALL-UNNAMED",
        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "--add-opens", "java.base/java.util=ALL-UNNAMED",
        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
        "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
    };

    private Distribution() {}

    /**
     * The Pax Exam options that boot the built distribution with demo data.
     *
     * @param httpPort the HTTP port, different per test class so classes never collide
     * @param sshPort the SSH port
     * @param unpackDirectory under {@code target/}
     * @param extra more options
     */
    static Option[] withDemoData(String httpPort, String sshPort, String unpackDirectory, Option... extra) {
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration()
                    .frameworkUrl("file:" + new File(System.getProperty("os2.distribution.archive", "target/bundles/os2-platform.tar.gz"))
                            .getAbsolutePath())
                    .name("OS2 Community Platform")
                    .unpackDirectory(new File("target/" + unpackDirectory))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            vmOptions(JPMS_FLAGS),
            // the distribution is offline; Pax Exam's own bundles come from the build's local Maven
            // repository, where the pom's fetch-exam-feature-bundles step put them
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("org.ops4j.pax.url.mvn.localRepository", System.getProperty("user.home") + "/.m2/repository")),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort),
            editConfigurationFilePut("etc/eu.os2.platform.demo.cfg", "enabled", "true"),
            editConfigurationFilePut("etc/eu.os2.platform.demo.cfg", "password", DEMO_PASSWORD)));
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }
}
