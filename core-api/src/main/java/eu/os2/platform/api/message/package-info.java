/**
 * Messages to people: the kinds a person may receive, the outbox a change writes its messages to in
 * its own transaction, and the templates a plugin renders them from. The platform sends what waits
 * in the outbox by e-mail, in the background, with retries, once.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.message;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
