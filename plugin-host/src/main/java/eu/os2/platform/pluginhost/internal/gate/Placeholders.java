package eu.os2.platform.pluginhost.internal.gate;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${name}} in a configured path by a framework or system property. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private Placeholders() {}

    /**
     * @param text e.g. {@code ${karaf.etc}/os2-plugin-allowlist.txt}
     * @param properties looks a property up; null when unknown
     * @return the text with every known property put in
     */
    static String resolve(String text, Function<String, String> properties) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = properties.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
