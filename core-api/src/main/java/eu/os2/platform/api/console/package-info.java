/**
 * The console SPI: how a bundle adds a page and a menu entry to the web console at runtime.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
