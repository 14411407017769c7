package eu.os2.platform.api.rest;

import java.util.Locale;
import java.util.Map;

/**
 * How a bundle's JAX-RS resource joins the platform's REST. A platform bundle annotates its
 * resource with {@code @JaxrsResource} and {@code @JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)}
 * and it is served under {@code /api/v1}; a partner plugin selects its own application ({@link
 * #PLUGIN_APPLICATION_PREFIX}) and is served under {@link #PLUGIN_BASE}{@code <plugin id>}. Both
 * get the platform's JSON mapping, login, CSRF check and problem+json errors.
 *
 * @since 0.1.0
 */
public final class PlatformRest {

    /** The name ({@code osgi.jaxrs.name}) of the platform's JAX-RS application. */
    public static final String APPLICATION_NAME = "os2.platform";

    /** The application's base path. */
    public static final String APPLICATION_BASE = "/api/v1";

    /** The filter that selects the platform application, for {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /**
     * The service property every application carrying the platform's extensions (login, CSRF check,
     * JSON mapping, problem+json errors) has: the platform's application and each partner plugin's.
     *
     * @since 0.3.0
     */
    public static final String EXTENSIONS_PROPERTY = "os2.platform.rest";

    /**
     * The filter by which the platform's extensions select the applications they serve.
     *
     * @since 0.3.0
     */
    public static final String EXTENSIONS_SELECT = "(" + EXTENSIONS_PROPERTY + "=true)";

    /**
     * The name prefix of a partner plugin's own application: the platform registers {@code
     * os2.plugin.<plugin id>} at {@link #PLUGIN_BASE}{@code <plugin id>} for each started partner
     * bundle with an {@code OS2-Plugin} header. A partner's resource selects it with {@code
     * @JaxrsApplicationSelect("(osgi.jaxrs.name=os2.plugin.meetings)")}, so that deploying or removing
     * it never rebuilds the platform's own application.
     *
     * @since 0.3.0
     */
    public static final String PLUGIN_APPLICATION_PREFIX = "os2.plugin.";

    /**
     * The base path under which each partner plugin's application is served, followed by the plugin id.
     *
     * @since 0.3.0
     */
    public static final String PLUGIN_BASE = "/api/v1/plugins/";

    /** The media type of every error response (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The prefix of every problem {@code type} URI the platform emits. */
    public static final String PROBLEM_TYPE_BASE = "https://os2.eu/platform/problems/";

    /** The request header carrying the CSRF token on every state-changing request. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private PlatformRest() {}

    /**
     * The platform answers in Danish unless the client prefers English.
     *
     * @param acceptLanguage a request's {@code Accept-Language} header, or null
     * @return whether it prefers English over Danish (Danish is the default, also for a header that
     *     cannot be read)
     * @since 0.3.0
     */
    public static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("da")) {
                    return false;
                }
                if (tag.startsWith("en")) {
                    return true;
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /**
     * @param version an object's optimistic-locking version
     * @return the strong ETag header value for it, e.g. {@code "7"} (with the quotes)
     */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks the paging parameters of a list request.
     *
     * @param offset how many to skip, at least 0
     * @param limit how many to return, 1 to {@code max}
     * @param max the largest page the resource serves
     * @throws ApiProblem 400 with a field error on {@code offset} or {@code limit}
     */
    public static void requirePage(int offset, int limit, int max) {
        if (offset < 0 || limit < 1 || limit > max) {
            throw new ApiProblem(
                    400,
                    "validation",
                    "Invalid data",
                    "offset must be >= 0 and limit 1-" + max,
                    Map.of(offset < 0 ? "offset" : "limit", "range"));
        }
    }

    /**
     * Reads the version from an {@code If-Match} header sent back by a client.
     *
     * @param ifMatch the header value, e.g. {@code "7"} or {@code W/"7"}
     * @param path the resource, named in the problem's detail, e.g. {@code /initiatives/3}
     * @return the version
     * @throws ApiProblem 428 if the header is missing, 400 if it is not an ETag from this API
     */
    public static long versionFromIfMatch(String ifMatch, String path) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(
                    428,
                    "precondition-required",
                    "If-Match required",
                    "send If-Match with the ETag from GET " + path,
                    Map.of());
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "bad-request", "Bad request", "If-Match must be an ETag from this API", Map.of());
        }
    }
}
