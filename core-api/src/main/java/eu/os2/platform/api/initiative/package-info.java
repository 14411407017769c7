/**
 * OS2's strategy: strategy periods, their initiatives, milestones and dated progress updates,
 * read and changed through {@link eu.os2.platform.api.initiative.InitiativeService}. Progress is
 * never typed in twice: milestones carry it, initiatives and periods roll it up by weight.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.initiative;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
