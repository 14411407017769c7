package eu.os2.platform.api.rest;

/**
 * Role names for {@code javax.annotation.security.RolesAllowed} on a platform resource method.
 * Every resource method carries either {@code @RolesAllowed} or {@link PublicEndpoint}; the
 * platform's request filter enforces them before the method runs (401 without a session, 403
 * without one of the roles). An administrator holds every role. A method with neither annotation
 * is refused for everyone.
 *
 * <pre>{@code
 * @GET
 * @RolesAllowed({Access.SECRETARIAT, Access.BOARD})
 * public List<Row> rows() { ... }
 * }</pre>
 *
 * <p>Rules about a particular object (a representative's own organisation, a product's
 * coordinator) belong in the service, which throws
 * {@link eu.os2.platform.api.user.AccessDeniedException}.
 *
 * @since 0.2.0
 */
public final class Access {

    /** Any signed-in user, whatever the role (the Jakarta EE convention {@code "**"}). */
    public static final String SIGNED_IN = "**";
    /** {@link eu.os2.platform.api.user.Role#ADMIN}. */
    public static final String ADMIN = "admin";
    /** {@link eu.os2.platform.api.user.Role#SECRETARIAT}. */
    public static final String SECRETARIAT = "secretariat";
    /** {@link eu.os2.platform.api.user.Role#BOARD}. */
    public static final String BOARD = "board";
    /** {@link eu.os2.platform.api.user.Role#MEMBER_REPRESENTATIVE}. */
    public static final String MEMBER_REPRESENTATIVE = "member-representative";
    /** {@link eu.os2.platform.api.user.Role#PARTNER}. */
    public static final String PARTNER = "partner";
    /** {@link eu.os2.platform.api.user.Role#VIEWER}. */
    public static final String VIEWER = "viewer";

    private Access() {}
}
