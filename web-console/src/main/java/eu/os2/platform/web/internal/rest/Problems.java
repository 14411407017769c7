package eu.os2.platform.web.internal.rest;

import eu.os2.platform.api.rest.PlatformRest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.ws.rs.core.Response;

/** Builds RFC 9457 problem+json responses, titled in the request's language (Danish unless English is preferred). */
public final class Problems {

    private static final Map<String, String[]> TITLES = Map.ofEntries(
            Map.entry("validation", new String[] {"Ugyldige oplysninger", "Invalid data"}),
            Map.entry("not-found", new String[] {"Findes ikke", "Not found"}),
            Map.entry("bad-request", new String[] {"Forkert forespørgsel", "Bad request"}),
            Map.entry("unauthenticated", new String[] {"Log ind først", "Login required"}),
            Map.entry("forbidden", new String[] {"Ingen adgang", "Forbidden"}),
            Map.entry("csrf", new String[] {"Ugyldig sikkerhedsnøgle (CSRF)", "Invalid CSRF token"}),
            Map.entry("login-failed", new String[] {"Forkert brugernavn eller adgangskode", "Wrong username or password"
            }),
            Map.entry("too-many-attempts", new String[] {"For mange forsøg", "Too many attempts"}),
            Map.entry(
                    "password-login-off",
                    new String[] {"Log ind med adgangskode er slået fra", "Password login is switched off"}),
            Map.entry("invitation-invalid", new String[] {"Invitationen gælder ikke", "Invitation not valid"}),
            Map.entry("conflict", new String[] {"Ændret af en anden", "Changed by someone else"}),
            Map.entry("precondition-required", new String[] {"If-Match mangler", "If-Match required"}),
            Map.entry("unsupported-media-type", new String[] {"Forkert indholdstype", "Unsupported media type"}),
            Map.entry("method-not-allowed", new String[] {"Metoden er ikke tilladt", "Method not allowed"}),
            Map.entry("not-acceptable", new String[] {"Formatet kan ikke leveres", "Not acceptable"}),
            Map.entry("payload-too-large", new String[] {"For stort indhold", "Payload too large"}),
            Map.entry("internal", new String[] {"Intern fejl", "Internal error"}));

    /** A qualified Java name (two or more package parts), possibly in back-ticks, as a library's message has it. */
    private static final Pattern JAVA_NAME =
            Pattern.compile("`?\\b(?:[a-zA-Z_$][\\w$]*\\.){2,}[A-Za-z_$][\\w$]*(?:\\[\\])?`?");
    /** Jackson's advice to its programmers, which a client cannot follow. */
    private static final Pattern JACKSON_ADVICE = Pattern.compile("\\s*\\((?:set|enable|disable) [^)]*\\)");

    private Problems() {}

    /** @return the title of a known problem type in the language asked for, else {@code fallback} */
    public static String title(String type, boolean english, String fallback) {
        String[] titles = TITLES.get(type);
        return titles == null ? fallback : titles[english ? 1 : 0];
    }

    /** @return a problem+json response of one of the platform's own types, titled in the language asked for */
    public static Response localized(
            int status, String type, boolean english, String detail, Map<String, String> errors) {
        return response(status, type, title(type, english, type), detail, errors);
    }

    /** @return a problem+json response */
    public static Response response(int status, String type, String title, String detail, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", PlatformRest.PROBLEM_TYPE_BASE + type);
        body.put("title", title == null ? null : withoutJavaNames(title));
        body.put("status", status);
        if (detail != null) {
            // an answer to a client never names the code behind it
            body.put("detail", status < 500 ? withoutJavaNames(detail) : detail);
        }
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        return Response.status(status)
                .type(PlatformRest.PROBLEM_JSON)
                .entity(body)
                .build();
    }

    /** @return the text with qualified Java names and a library's configuration advice taken out */
    static String withoutJavaNames(String text) {
        String plain = JACKSON_ADVICE.matcher(text).replaceAll("");
        return JAVA_NAME.matcher(plain).replaceAll("value");
    }
}
