/**
 * The platform clock: instants in UTC, calendar dates in Europe/Copenhagen.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
