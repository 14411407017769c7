/**
 * Partner plugins: which bundles are the platform's own and which a partner's, the capability a
 * plugin requires of core-api, and what the platform has to say about a partner bundle it holds back
 * or rolled back.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
