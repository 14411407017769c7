package eu.os2.platform.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The built distribution started as an admin starts it ({@code bin/karaf server}), on ports the
 * kernel reports free, with demo data on. Used by the browser tests, which drive it from outside.
 */
final class RunningDistribution implements AutoCloseable {

    final String base;
    private final Path home;
    private Process process;

    private RunningDistribution(int port, Path home, Process process) {
        this.base = "http://127.0.0.1:" + port;
        this.home = home;
        this.process = process;
    }

    static RunningDistribution start() throws Exception {
        Path root = Path.of(System.getProperty("os2.distribution.dir", "target/distribution"));
        Path home;
        try (Stream<Path> children = Files.list(root)) {
            home = children.filter(p -> Files.isRegularFile(p.resolve("bin/karaf"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no unpacked distribution under " + root));
        }
        deleteRecursively(home.resolve("data")); // a first boot, as an admin's fresh installation has
        int[] ports = Distribution.freePorts(2);
        int port = ports[0];
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(port));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(ports[1]));
        set(home.resolve("etc/eu.os2.platform.demo.cfg"), "enabled", "true");
        set(home.resolve("etc/eu.os2.platform.demo.cfg"), "password", Distribution.DEMO_PASSWORD);
        for (File script : home.resolve("bin").toFile().listFiles()) {
            script.setExecutable(true);
        }
        RunningDistribution distribution = new RunningDistribution(port, home, launch(home));
        distribution.awaitHealthy();
        return distribution;
    }

    /** Stops the platform and starts it again on the same data, as an admin's restart does. */
    void restart() throws Exception {
        close();
        process = launch(home);
        awaitHealthy();
    }

    private static Process launch(Path home) throws IOException {
        return new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()))
                .start();
    }

    private void awaitHealthy() throws Exception {
        try {
            Distribution.awaitHealthy(base, home.resolve("data/log/karaf.log"), 120);
        } catch (AssertionError notHealthy) {
            close();
            throw notHealthy;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Replaces (or adds) one {@code key = value} line of a .cfg file. */
    static void set(Path cfg, String key, String value) throws IOException {
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                found = true;
            }
        }
        if (!found) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** Stops the platform and waits until its JVM is gone, so the next test class can boot the same home. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }
}
