package eu.os2.platform.api.user;

import java.util.Set;

/**
 * A person to invite, or an account's new roles.
 *
 * @param email the e-mail address, which becomes the login name (ignored when changing roles)
 * @param displayName the person's name
 * @param roles at least one role
 * @param organisationId the organisation acted for: required for a
 *     {@link Role#MEMBER_REPRESENTATIVE} (a member organisation) and a {@link Role#PARTNER} (a
 *     supplier partner), and not allowed otherwise
 * @since 0.2.0
 */
public record NewUser(String email, String displayName, Set<Role> roles, Long organisationId) {}
