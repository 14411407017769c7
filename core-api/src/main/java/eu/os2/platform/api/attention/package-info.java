/**
 * What needs a person's attention: each bundle says what it is the person's turn to do (vote,
 * register, pay, assess, decide), and the console's home page shows it, each line linking to where
 * it is done.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.attention;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
