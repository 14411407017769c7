package eu.os2.platform.api.rest;

/**
 * How a bundle's JAX-RS resource joins the platform's REST application. Annotate the resource
 * with {@code @JaxrsResource} and {@code @JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)}
 * and it is served under {@code /api/v1}, with the platform's JSON mapping, login, CSRF check and
 * problem+json errors.
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

    /** The media type of every error response (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The prefix of every problem {@code type} URI the platform emits. */
    public static final String PROBLEM_TYPE_BASE = "https://os2.eu/platform/problems/";

    /** The request header carrying the CSRF token on every state-changing request. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private PlatformRest() {}
}
