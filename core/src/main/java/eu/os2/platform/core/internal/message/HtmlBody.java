package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.message.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTML alternative of a message's text: escaped, in paragraphs, with its URLs as links, in its language. */
final class HtmlBody {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]']");

    private HtmlBody() {}

    static String of(String subject, String text, Language language) {
        StringBuilder html = new StringBuilder(text.length() * 2 + 200);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(subject))
                .append("</title>\n</head>\n<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 16px;"
                        + " line-height: 1.5; color: #1a1a1a;\">\n");
        for (String paragraph : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = paragraph.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>\n");
                }
                html.append(linked(lines[i]));
            }
            html.append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String linked(String line) {
        Matcher matcher = URL.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(escape(line.substring(last, matcher.start())));
            String url = escape(matcher.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = matcher.end();
        }
        return out.append(escape(line.substring(last))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
