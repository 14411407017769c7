package eu.os2.platform.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    final Path home;
    private Process process;

    private RunningDistribution(int port, Path home, Process process) {
        this.base = "http://127.0.0.1:" + port;
        this.home = home;
        this.process = process;
    }

    static RunningDistribution start() throws Exception {
        return start(unpackedHome(), Map.of());
    }

    /**
     * Starts the distribution at {@code home} as {@link #start()} does (first boot on a fresh
     * {@code data/}, free HTTP and SSH ports, demo data on), after these changes to its {@code etc/}
     * files: file name under {@code etc/} → key → value, applied last, so they may also override the
     * ports or the demo settings.
     */
    static RunningDistribution start(Path home, Map<String, Map<String, String>> etcChanges) throws Exception {
        RunningDistribution distribution = launched(home, etcChanges);
        distribution.awaitHealthy();
        return distribution;
    }

    /** Starts the distribution as {@link #start(Path, Map)} does, and returns at once: its JVM is just launched. */
    static RunningDistribution launched(Path home, Map<String, Map<String, String>> etcChanges) throws Exception {
        home = home.toAbsolutePath(); // bin/karaf is started in the home, so a relative path would not find it
        deleteRecursively(home.resolve("data")); // a first boot, as an admin's fresh installation has
        // a pid left by an earlier run may belong to another process by now: bin/karaf would refuse to start
        Files.deleteIfExists(home.resolve("instances/instance.properties"));
        int[] ports = Distribution.freePorts(2);
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(ports[0]));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(ports[1]));
        set(home.resolve("etc/eu.os2.platform.demo.cfg"), "enabled", "true");
        set(home.resolve("etc/eu.os2.platform.demo.cfg"), "password", Distribution.DEMO_PASSWORD);
        for (Map.Entry<String, Map<String, String>> file : etcChanges.entrySet()) {
            for (Map.Entry<String, String> change : file.getValue().entrySet()) {
                set(home.resolve("etc").resolve(file.getKey()), change.getKey(), change.getValue());
            }
        }
        int port = Integer.parseInt(get(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port"));
        for (File script : home.resolve("bin").toFile().listFiles()) {
            script.setExecutable(true);
        }
        return new RunningDistribution(port, home, launch(home));
    }

    /**
     * Copies the unpacked distribution to {@code target} (emptied first), without its {@code data/}
     * and the files of a run: a second installation, as an admin sets up another node.
     *
     * @return the copy's home
     */
    static Path copyOfDistribution(Path target) throws IOException {
        Path source = unpackedHome().toAbsolutePath();
        target = target.toAbsolutePath();
        deleteRecursively(target);
        Set<Path> skipped = Set.of(
                source.resolve("data"),
                source.resolve("console.log"),
                source.resolve("karaf.pid"),
                source.resolve("lock"));
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path from : (Iterable<Path>) paths::iterator) {
                if (skipped.stream().anyMatch(from::startsWith)) {
                    continue;
                }
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    private static Path unpackedHome() throws IOException {
        Path root = Path.of(System.getProperty("os2.distribution.dir", "target/distribution"));
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("bin/karaf")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no unpacked distribution under " + root));
        }
    }

    /** @return the home this platform runs from; its log is {@code data/log/karaf.log} */
    Path home() {
        return home;
    }

    /** Stops the platform and starts it again on the same data, as an admin's restart does. */
    void restart() throws Exception {
        close();
        process = launch(home);
        awaitHealthy();
    }

    /** Starts the stopped platform again on whatever its {@code data/} holds now (e.g. a restored backup only). */
    void startAgain() throws Exception {
        Files.deleteIfExists(home.resolve("instances/instance.properties"));
        process = launch(home);
        awaitHealthy();
    }

    /** Kills the platform's JVM as a power cut would (SIGKILL: no shutdown hook, no flush), then starts it again. */
    void killAndRestart() throws Exception {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().get(30, TimeUnit.SECONDS);
        }
        process = launch(home);
        awaitHealthy();
    }

    private static Process launch(Path home) throws IOException {
        return new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("console.log").toFile()))
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

    /** @return the value of one {@code key = value} line of a .cfg file, null without one */
    static String get(Path cfg, String key) throws IOException {
        String value = null;
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            if (line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                value = line.substring(line.indexOf('=') + 1).strip();
            }
        }
        return value;
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
