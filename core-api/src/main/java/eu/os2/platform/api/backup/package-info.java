/**
 * Backing up the platform's database while it runs, and the consistency check that tells whether
 * a restored copy holds what the original held.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.backup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
