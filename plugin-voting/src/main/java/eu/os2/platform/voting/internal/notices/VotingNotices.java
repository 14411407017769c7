package eu.os2.platform.voting.internal.notices;

import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.CloseSnapshot;

/**
 * The messages a change in an assembly or a ballot causes. Each method writes to the outbox and is
 * called inside the change's own transaction, next to its audit entry: the messages commit with the
 * change or not at all.
 */
public interface VotingNotices {

    /** The statutes' written notice to every member organisation's representatives, with an {@code .ics} invitation. */
    void assemblyCalled(Assembly called);

    /** A changed date, time, place or deadline: an updated notice with the invitation's next revision; else nothing. */
    void assemblyChanged(Assembly before, Assembly after);

    /** A ballot opened: the representatives of the members that may vote. */
    void ballotOpened(Ballot opened);

    /** A ballot closed: its result as its close stored it, to the members that could vote and the board. */
    void ballotClosed(Ballot ballot, CloseSnapshot snapshot);

    /** The minutes published: every member's representatives and the board. */
    void minutesPublished(Assembly assembly);

    /**
     * Reminds the members of the proposals deadline of each assembly whose deadline is a few days
     * ahead; each member gets it once, also when several nodes run this.
     *
     * @return how many messages were written
     */
    int remindProposalsDeadlines();
}
