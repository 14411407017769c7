package eu.os2.platform.api.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bundle's message templates: plain UTF-8 text files next to its classes, one per message and
 * language, {@code <folder>/<name>.<da|en>.txt}. The first line is {@code Subject: …}, then an empty
 * line, then the body. {@code {name}} is replaced by the value given for it; a placeholder without
 * a value is an error, so a message never says "null".
 *
 * <pre>{@code
 * MessageTemplates templates = new MessageTemplates(VotingNotices.class, "mail");
 * MessageContent content = templates.render("assembly-called", language, Map.of("title", title));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

    private final Class<?> owner;
    private final String folder;

    /**
     * @param owner a class of the bundle whose resources hold the templates
     * @param folder the folder in the bundle, e.g. {@code "mail"}
     */
    public MessageTemplates(Class<?> owner, String folder) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.folder = folder.replaceAll("^/+|/+$", "");
    }

    /**
     * @param name the template, e.g. {@code "assembly-called"}
     * @param language the recipient's language
     * @param values the placeholders' values
     * @param attachments files to send with it
     * @return the rendered message
     * @throws IllegalArgumentException if the template is missing, has no subject line, or uses a
     *     placeholder without a value
     */
    public MessageContent render(
            String name, Language language, Map<String, String> values, List<Attachment> attachments) {
        String template = load(name, language);
        if (!template.startsWith("Subject: ")) {
            throw new IllegalArgumentException("template " + name + " does not start with 'Subject: '");
        }
        int end = template.indexOf('\n');
        String subject = fill(name, end < 0 ? template.substring(9) : template.substring(9, end), values);
        String body = end < 0 ? "" : template.substring(end + 1).replaceFirst("^\\r?\\n", "");
        // a value with a line break (a title typed over two lines) must not break the subject header
        subject = subject.replaceAll("\\s+", " ");
        return new MessageContent(subject.strip(), fill(name, body, values).stripTrailing() + "\n", attachments);
    }

    /** As {@link #render(String, Language, Map, List)}, without attachments. */
    public MessageContent render(String name, Language language, Map<String, String> values) {
        return render(name, language, values, List.of());
    }

    private String load(String name, Language language) {
        String path = "/" + folder + "/" + name + "." + language.code() + ".txt";
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no message template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message template " + path, e);
        }
    }

    private static String fill(String name, String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "template " + name + " needs a value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
