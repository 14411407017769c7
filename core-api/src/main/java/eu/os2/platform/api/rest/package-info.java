/**
 * Constants and the error type that connect a bundle's JAX-RS resources to the platform's one REST application at {@code /api/v1}.
 *
 * @since 0.1.0
 */
@Export
@Version("0.3.0")
package eu.os2.platform.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
