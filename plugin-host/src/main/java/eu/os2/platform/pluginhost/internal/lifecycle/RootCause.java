package eu.os2.platform.pluginhost.internal.lifecycle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The root cause in a printed stack trace (the last {@code Caused by:}, or the first exception when
 * there is none), without wrappers such as {@code InvocationTargetException}: what an admin needs
 * to read instead of the whole trace. A failed Liquibase changeset is named in front of the
 * database's message.
 */
public final class RootCause {

    /** The longest text kept. */
    static final int MAX_LENGTH = 600;

    private static final String CAUSED_BY = "Caused by: ";
    private static final Pattern FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more|Suppressed: )");
    private static final Pattern CHANGESET = Pattern.compile("Migration failed for changeset (\\S+):(\\s|$)");
    private static final Pattern EXCEPTION_CLASS =
            Pattern.compile("^[\\w$]+(\\.[\\w$]+)+(Exception|Error|Throwable)?: ");

    private RootCause() {}

    /**
     * @param stackTrace a printed stack trace, e.g. a component's failure as Declarative Services reports it
     * @return the root cause's message, with its exception's simple class name when it has no message
     */
    public static String of(String stackTrace) {
        if (stackTrace == null || stackTrace.isBlank()) {
            return "";
        }
        String[] lines = stackTrace.split("\\R");
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(CAUSED_BY)) {
                start = i;
            }
        }
        StringBuilder text = new StringBuilder(
                lines[start].startsWith(CAUSED_BY) ? lines[start].substring(CAUSED_BY.length()) : lines[start]);
        for (int i = start + 1; i < lines.length && !FRAME.matcher(lines[i]).find(); i++) {
            text.append(' ').append(lines[i].strip());
        }
        String cause = withoutClass(text.toString().strip());
        Matcher changeset = CHANGESET.matcher(stackTrace);
        if (changeset.find() && !cause.contains(changeset.group(1))) {
            cause = "changeset " + changeset.group(1) + ": " + cause;
        }
        return shorten(cause);
    }

    /**
     * @param error an exception
     * @return the message of its deepest cause, or its simple class name when it has no message
     */
    public static String of(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return shorten(message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip());
    }

    private static String withoutClass(String line) {
        var matcher = EXCEPTION_CLASS.matcher(line);
        if (matcher.find() && matcher.end() < line.length()) {
            return line.substring(matcher.end()).strip();
        }
        int dot = line.lastIndexOf('.');
        return line.matches("[\\w$.]+") && dot >= 0 ? line.substring(dot + 1) : line;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 1) + "…";
    }
}
