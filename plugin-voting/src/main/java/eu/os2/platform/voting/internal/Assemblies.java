package eu.os2.platform.voting.internal;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RequestState;
import java.util.List;

/**
 * General assemblies by the statutes: the call, the agenda and members' proposals, requests for an
 * extraordinary assembly, registrations, attendance and proxies.
 */
public interface Assemblies {

    /** Calls an assembly: the statutes' dates, a place that fits, and dates that lie ahead. */
    Assembly call(AssemblyChange change, PlatformUser actor);

    /** Enters an assembly already held (the demo's history, not REST): the statutes' dates are checked, not that they lie ahead. */
    Assembly enterHeld(AssemblyChange change, PlatformUser actor);

    Assembly update(long id, long expectedVersion, AssemblyChange change, PlatformUser actor);

    List<AgendaItem> agenda(long assemblyId);

    /**
     * The secretariat adds an item (e.g. a board proposal, a confirmation of an exclusion, an election).
     *
     * @param elects for an election ({@code type} ELECTION), what it elects (one of {@link
     *     eu.os2.platform.voting.internal.model.Agenda#ELECTIONS}); else null
     */
    AgendaItem addItem(
            long assemblyId,
            String title,
            String description,
            DecisionType type,
            eu.os2.platform.voting.internal.model.Agenda.ItemKind elects,
            PlatformUser actor);

    /** A member organisation's proposal; accepted until the statutes' deadline. */
    AgendaItem propose(long assemblyId, long organisationId, String title, String description, PlatformUser actor);

    /** A member asks for an extraordinary assembly. @return how many members have asked and how many vote */
    RequestState requestExtraordinary(long organisationId, String reason, PlatformUser actor);

    /** @return requests, voting members, and whether a third has asked (the board must call an extraordinary assembly) */
    RequestState requestState();

    List<Registration> registrations(long assemblyId);

    /** Registers an organisation's representative and substitute (the secretariat, or the organisation's own representative). */
    Registration register(
            long assemblyId, long organisationId, String representative, String substitute, PlatformUser actor);

    /** Records an organisation present now (its representative checks in, or the chair records it). */
    void checkIn(long assemblyId, long organisationId, PlatformUser actor);

    /** Records that an organisation has left: it is no longer present and may not vote until it checks in again. */
    void checkOut(long assemblyId, long organisationId, PlatformUser actor);

    /** One member lets another's representative vote for it, when the rule set allows proxies and within its limit. */
    void giveProxy(long assemblyId, long giver, long holder, PlatformUser actor);
}
