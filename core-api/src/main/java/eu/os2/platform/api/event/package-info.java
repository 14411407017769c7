/**
 * Conventions for OSGi EventAdmin topics published by the platform and its plugins.
 *
 * @since 0.1.0
 */
@Export
@Version("0.2.0")
package eu.os2.platform.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
