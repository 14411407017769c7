/**
 * Platform users, their roles, accounts, invitations and sessions. In a JAX-RS resource the
 * signed-in user is the {@code SecurityContext}'s principal, a
 * {@link eu.os2.platform.api.user.PlatformUser}; which roles may call a method is declared with
 * {@code @RolesAllowed} and the names in {@link eu.os2.platform.api.rest.Access}, and a rule about a
 * particular object throws {@link eu.os2.platform.api.user.AccessDeniedException}.
 *
 * @since 0.1.0
 */
@Export
@Version("0.2.0")
package eu.os2.platform.api.user;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
