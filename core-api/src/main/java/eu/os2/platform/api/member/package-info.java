/**
 * Organisations and their membership of OS2: the member directory every plugin reads (who is a member, of which kind and size, and who may vote).
 *
 * @since 0.1.0
 */
@Export
@Version("0.2.0")
package eu.os2.platform.api.member;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
