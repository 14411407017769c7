/**
 * Storage: the platform's shared DataSource and how a bundle has its own Liquibase changelog applied.
 *
 * @since 0.1.0
 */
@Export
@Version("0.2.0")
package eu.os2.platform.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
