/**
 * Storage: the platform's shared DataSource, one transaction around a whole change ({@link
 * eu.os2.platform.api.storage.Transactions}, since 0.3.0) and how a bundle has its own Liquibase
 * changelog applied.
 *
 * @since 0.1.0
 */
@Export
@Version("0.3.0")
package eu.os2.platform.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
