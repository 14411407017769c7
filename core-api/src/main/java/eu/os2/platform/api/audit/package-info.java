/**
 * The platform's append-only, hash-chained audit log of every change made by a person.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.1")
package eu.os2.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
