/**
 * Money as the platform handles it: Danish kroner counted in whole øre, never a binary floating
 * point number. {@link eu.os2.platform.api.money.Money} rounds in exactly one place
 * ({@link eu.os2.platform.api.money.Money#times(java.math.BigDecimal)}, half up) and splits an
 * amount without losing or creating an øre. The REST API writes and reads amounts as JSON strings
 * with two decimals ({@code "25000.00"}).
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
