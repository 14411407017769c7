/**
 * Refusals of bad input that every service shares: one exception with field errors, which the
 * platform's REST application answers with 422 problem+json.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
