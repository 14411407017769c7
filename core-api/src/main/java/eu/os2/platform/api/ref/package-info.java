/**
 * Stable references between platform objects that live in different bundles: an initiative links
 * to a product, a decision or an invoice by a {@link eu.os2.platform.api.ref.PlatformRef} without
 * depending on the bundle that owns it.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.ref;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
