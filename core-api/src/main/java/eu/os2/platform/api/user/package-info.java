/**
 * Platform users and their roles. In a JAX-RS resource the signed-in user is the {@code SecurityContext}'s principal, a {@link eu.os2.platform.api.user.PlatformUser}; role checks use {@link eu.os2.platform.api.user.Role#id()} with {@code SecurityContext.isUserInRole}.
 *
 * @since 0.1.0
 */
@Export
@Version("0.2.0")
package eu.os2.platform.api.user;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
