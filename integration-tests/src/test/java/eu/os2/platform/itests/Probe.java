package eu.os2.platform.itests;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** What the Pax Exam tests do inside the platform: run a shell command, read a number out of an answer. */
final class Probe {

    private Probe() {}

    /** @return what the command printed */
    static String shell(SessionFactory shell, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = shell.create(InputStream.nullInputStream(), out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** @return the first group of the first match, as a number; fails the test when there is none */
    static long number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertTrue(regex + " not in " + text, matcher.find());
        return Long.parseLong(matcher.group(1));
    }
}
