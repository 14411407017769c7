package eu.os2.platform.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Settings shared by the tests that boot the distribution. */
final class Distribution {

    /** The system property that tells the test code inside the container the platform's HTTP port. */
    static final String HTTP_PORT_PROPERTY = "os2.it.http.port";

    /** The demo users' password the tests configure. */
    static final String DEMO_PASSWORD = "it-demo-password-4711";

    /**
     * The JPMS flags bin/karaf passes on Java 9+, which Pax Exam does not pass by itself;
     * {@code %s} is the unpacked distribution's home.
     */
    static final String[] JPMS_FLAGS = {
        "--add-reads=java.xml=java.logging",
        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
        "--patch-module",
        "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
        "--patch-module",
        "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
        "--add-opens",
        "java.base/java.security=ALL-UNNAMED",
        "--add-opens",
        "java.base/java.net=ALL-UNNAMED",
        "--add-opens",
        "java.base/java.lang=ALL-UNNAMED",
        "--add-opens",
        "java.base/java.util=ALL-UNNAMED",
        "--add-opens",
        "java.naming/javax.naming.spi=ALL-UNNAMED",
        "--add-opens",
        "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
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

    /**
     * The JVM settings the distribution's {@code bin/setenv} gives the platform (heap, collector,
     * JIT, Liquibase's banner and analytics off), which Pax Exam does not read: without them a
     * container would run with another collector and compiler than the platform an admin starts,
     * and slower. {@code SetenvTest} keeps the two lists the same.
     */
    static final String[] SETENV_FLAGS = {
        "-Xms64M",
        "-Xmx768M",
        "-XX:+UseSerialGC",
        "-XX:MinHeapFreeRatio=10",
        "-XX:MaxHeapFreeRatio=30",
        "-XX:TieredStopAtLevel=1",
        "-Dliquibase.analytics.enabled=false",
        "-Dliquibase.showBanner=false",
    };

    private Distribution() {}

    /**
     * The Pax Exam options that boot the built distribution with demo data, listening on ports the
     * kernel reports free, so a test class never collides with another one or with anything else
     * that runs on the machine.
     *
     * @param unpackDirectory under {@code target/}
     * @param extra more options
     */
    static Option[] withDemoData(String unpackDirectory, Option... extra) {
        int[] ports = freePorts(2);
        String httpPort = Integer.toString(ports[0]);
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl("file:"
                                + new File(System.getProperty(
                                                "os2.distribution.archive", "target/bundles/os2-platform.tar.gz"))
                                        .getAbsolutePath())
                        .name("OS2 Community Platform")
                        .unpackDirectory(new File("target/" + unpackDirectory))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                vmOptions(JPMS_FLAGS),
                vmOptions(SETENV_FLAGS),
                // the distribution is offline; Pax Exam's own bundles come from the build's local Maven
                // repository, where the pom's fetch-exam-feature-bundles step put them
                editConfigurationFilePut(
                        "etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty(
                                "org.ops4j.pax.url.mvn.localRepository",
                                System.getProperty("user.home") + "/.m2/repository")),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                // Pax Exam adds its own features to the boot features, which the features service installs
                // while the platform starts: without refreshes, so no bundle the platform has started is
                // refreshed under it. Pax Exam's bundles need none.
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "autoRefresh", "false"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(ports[1])),
                editConfigurationFilePut("etc/eu.os2.platform.demo.cfg", "enabled", "true"),
                editConfigurationFilePut("etc/eu.os2.platform.demo.cfg", "password", DEMO_PASSWORD),
                // the tests install unsigned partner bundles; PluginLifecycleIT switches to enforce itself
                editConfigurationFilePut("etc/eu.os2.platform.plugins.cfg", "trust.mode", "warn"),
                systemProperty(HTTP_PORT_PROPERTY).value(httpPort)));
        if (Boolean.getBoolean(
                "os2.it.keep")) { // -Dos2.it.keep=true keeps each booted platform's folder (and its log) under target/
            options.add(keepRuntimeFolder());
        }
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * @return the platform's base URL for test code running inside the container; outside it (where
     *     Pax Exam only reads the configuration) the port is unknown and the URL is not used
     */
    static String base() {
        return "http://127.0.0.1:" + System.getProperty(HTTP_PORT_PROPERTY, "unknown");
    }

    /** @return {@code count} different ports nobody listens on now, chosen by the kernel */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is free again either way
                }
            }
        }
    }

    /**
     * Waits until {@code /api/v1/health} answers 200; otherwise fails with what the last attempt
     * got (a status or why there was no answer) and the last warnings and errors of the platform's
     * log, so a failure in CI says why without the runtime folder.
     *
     * @param base the platform's base URL
     * @param log the platform's {@code karaf.log}
     * @param seconds how long to wait at most
     */
    static void awaitHealthy(String base, Path log, int seconds) throws InterruptedException {
        HttpSession session = new HttpSession(base);
        int status = session.awaitOk("/api/v1/health", seconds);
        if (status != 200) {
            throw new AssertionError("health at " + base + " never turned 200 in " + seconds + " s; last attempt: "
                    + session.lastProblem() + "; last warnings and errors in " + log + ":\n" + lastProblems(log, 8));
        }
    }

    /**
     * Health inside the container: the platform's own log is under {@code karaf.data}.
     *
     * <p>Before the start gate held the platform's start level until Karaf's features service had
     * settled, now and then a bundle failed to resolve while the features service restarted (seen:
     * pax-jdbc's pool) and was never started again. Should that still happen, health is not UP after
     * 30 s: the bundles that should be active but are not are started once, and what they said is
     * printed and, if health still fails, part of the failure.
     */
    static void awaitHealthy(int seconds) throws InterruptedException {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        if (new HttpSession(base()).awaitOk("/api/v1/health", Math.min(30, seconds)) == 200) {
            return;
        }
        String restarted = startBundlesLeftUnstarted();
        try {
            awaitHealthy(base(), log, Math.max(1, seconds - 30));
        } catch (AssertionError notHealthy) {
            throw new AssertionError(notHealthy.getMessage() + "\nbundles started again: " + restarted, notHealthy);
        }
    }

    /** @return which bundles that should be active were not, and what starting them said */
    private static String startBundlesLeftUnstarted() {
        org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(Distribution.class);
        if (self == null) {
            return "(not inside the container)";
        }
        List<String> started = new ArrayList<>();
        for (org.osgi.framework.Bundle bundle : self.getBundleContext().getBundles()) {
            boolean fragment = bundle.getHeaders().get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
            org.osgi.framework.startlevel.BundleStartLevel level =
                    bundle.adapt(org.osgi.framework.startlevel.BundleStartLevel.class);
            if (fragment
                    || bundle.getState() == org.osgi.framework.Bundle.ACTIVE
                    || bundle.getState() == org.osgi.framework.Bundle.STARTING
                    || level == null
                    || !level.isPersistentlyStarted()) {
                continue;
            }
            try {
                bundle.start();
                started.add(bundle.getSymbolicName() + " (started)");
            } catch (org.osgi.framework.BundleException | RuntimeException e) {
                started.add(bundle.getSymbolicName() + ": " + e.getMessage());
            }
        }
        String text = started.isEmpty() ? "none" : String.join("; ", started);
        System.out.println("Bundles the container's start-up left unstarted: " + text);
        return text;
    }

    private static String lastProblems(Path log, int count) {
        try {
            List<String> problems = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("| WARN ") || line.contains("| ERROR"))
                    .map(line -> line.length() > 1500 ? line.substring(0, 1500) + "…" : line)
                    .collect(Collectors.toList());
            return String.join("\n", problems.subList(Math.max(0, problems.size() - count), problems.size()));
        } catch (IOException | RuntimeException e) {
            return "(log not readable: " + e + ")";
        }
    }

    /**
     * @return {@code etc/eu.os2.platform.mail.cfg} for a mail server on this machine without TLS or
     *     login, looked at every second, with the given extra keys and values ({@code key, value, ...})
     */
    static Map<String, String> localMail(int port, String... extra) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "host", "127.0.0.1",
                "port", Integer.toString(port),
                "security", "none",
                "from", "OS2 <noreply@os2.example>",
                "consoleUrl", "http://platform.os2.example/console/",
                "pollSeconds", "1"));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return settings;
    }
}
