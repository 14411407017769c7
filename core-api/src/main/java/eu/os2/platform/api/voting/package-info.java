/**
 * OS2's general assemblies and votes: assemblies called within the statutes, their agendas,
 * ballots with one counted vote per member organisation, and the decisions they produce. Read
 * through {@link eu.os2.platform.api.voting.VotingService}; other bundles link to a decision with
 * a {@link eu.os2.platform.api.ref.PlatformRef} of type {@code decision} (e.g. a tariff version's
 * decision reference, a product's board decision).
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.voting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
