package eu.os2.platform.voting.internal.attention;

import static eu.os2.platform.voting.internal.notices.NoticeTexts.date;

import eu.os2.platform.api.attention.AttentionItem;
import eu.os2.platform.api.attention.AttentionSource;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.Assemblies;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RequestState;
import eu.os2.platform.voting.internal.notices.NoticeTexts;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.AttendanceStore;
import eu.os2.platform.voting.internal.store.BallotStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a person has to do about general assemblies, for the home page. A member representative: an
 * open ballot the organisation has not voted in, a called assembly ahead with its next deadline, a
 * representative not yet registered. The secretariat: members' proposals without a ballot, minutes
 * due (urgent within days of the statutes' two weeks, and when late), requests for an extraordinary
 * assembly. The board: an extraordinary assembly it must call. Only assemblies whose minutes are not
 * yet published are read: one query for them, one per such assembly for its ballots.
 */
@Component(service = AttentionSource.class)
public class VotingAttention implements AttentionSource {

    /** Within this many days of its date an item is urgent. */
    static final int URGENT_DAYS = 3;

    private final AssemblyStore assemblies;
    private final BallotStore ballots;
    private final AttendanceStore attendance;
    private final Assemblies requests;
    private final Electorate electorate;
    private final PlatformClock clock;

    @Activate
    public VotingAttention(
            @Reference VotingDatabase database,
            @Reference Assemblies requests,
            @Reference Electorate electorate,
            @Reference PlatformClock clock) {
        this.assemblies = database.assemblies();
        this.ballots = database.ballots();
        this.attendance = database.attendance();
        this.requests = requests;
        this.electorate = electorate;
        this.clock = clock;
    }

    @Override
    public List<AttentionItem> itemsFor(PlatformUser user) {
        boolean representative = user.roles().contains(Role.MEMBER_REPRESENTATIVE)
                && user.organisationId() != null
                && votes(user.organisationId());
        boolean secretariat = user.hasRole(Role.SECRETARIAT);
        boolean board = user.hasRole(Role.BOARD);
        if (!representative && !secretariat && !board) {
            return List.of();
        }
        LocalDate today = clock.today();
        List<AttentionItem> items = new ArrayList<>();
        if (representative || secretariat) {
            for (Assembly a : assemblies.assemblies()) {
                if (a.minutesPublishedOn() != null) {
                    continue;
                }
                List<Ballot> list = ballots.ballots(a.id());
                if (representative) {
                    representative(items, a, list, user.organisationId(), today);
                }
                if (secretariat) {
                    secretariat(items, a, list, today);
                }
            }
        }
        if (secretariat || board) {
            RequestState state = requests.requestState();
            if (state.boardMustCall()) {
                items.add(new AttentionItem(
                        "voting.extraordinary-required",
                        "Bestyrelsen skal indkalde til ekstraordinær generalforsamling: " + state.requests() + " af "
                                + state.votingMembers() + " stemmeberettigede medlemmer har bedt om det",
                        "The board must call an extraordinary general assembly: " + state.requests() + " of "
                                + state.votingMembers() + " members with a vote have asked for one",
                        "#/voting",
                        null,
                        true));
            } else if (secretariat && state.requests() > 0) {
                items.add(new AttentionItem(
                        "voting.extraordinary-requests",
                        state.requests() + " af " + state.votingMembers()
                                + " stemmeberettigede medlemmer har bedt om en ekstraordinær generalforsamling",
                        state.requests() + " of " + state.votingMembers()
                                + " members with a vote have asked for an extraordinary general assembly",
                        "#/voting",
                        null,
                        false));
            }
        }
        return items;
    }

    private boolean votes(long organisationId) {
        try {
            return electorate.refusal(organisationId).isEmpty();
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    private void representative(
            List<AttentionItem> items, Assembly a, List<Ballot> list, long organisation, LocalDate today) {
        Optional<Registration> registration = attendance.registration(a.id(), organisation);
        boolean proxyGiven = registration.isPresent() && registration.get().proxyFor() != null;
        for (Ballot b : list) {
            if (!Ballot.OPEN.equals(b.state())
                    || proxyGiven
                    || ballots.participantOrganisations(b.id()).contains(organisation)) {
                continue;
            }
            items.add(new AttentionItem(
                    "voting.ballot-open/" + b.id(),
                    "Stem om \"" + b.title() + "\" (" + a.title() + ")",
                    "Vote on " + NoticeTexts.named(b.title()) + " (" + NoticeTexts.named(a.title()) + ")",
                    NoticeTexts.ballotRoute(b),
                    b.closesAt() == null ? a.heldAt().toLocalDate() : NoticeTexts.day(b.closesAt()),
                    true));
        }
        LocalDate held = a.heldAt().toLocalDate();
        if (held.isBefore(today)) {
            return;
        }
        String route = NoticeTexts.assemblyRoute(a.id());
        if (!a.proposalsDue().isBefore(today)) {
            items.add(new AttentionItem(
                    "voting.assembly/" + a.id(),
                    a.title() + " holdes " + date(held, Language.DA) + ": send forslag senest "
                            + date(a.proposalsDue(), Language.DA),
                    NoticeTexts.named(a.title()) + " is held on " + date(held, Language.EN) + ": send proposals by "
                            + date(a.proposalsDue(), Language.EN),
                    route,
                    a.proposalsDue(),
                    soon(a.proposalsDue(), today)));
        } else {
            items.add(new AttentionItem(
                    "voting.assembly/" + a.id(),
                    a.title() + " holdes " + date(held, Language.DA) + " kl. "
                            + NoticeTexts.time(a.heldAt(), Language.DA) + ", "
                            + NoticeTexts.place(a.place(), Language.DA),
                    NoticeTexts.named(a.title()) + " is held on " + date(held, Language.EN) + " at "
                            + NoticeTexts.time(a.heldAt(), Language.EN) + ", "
                            + NoticeTexts.place(a.place(), Language.EN),
                    route,
                    held,
                    soon(held, today)));
        }
        if (registration.isEmpty()) {
            items.add(new AttentionItem(
                    "voting.registration/" + a.id(),
                    "Tilmeld jeres repræsentant til " + a.title(),
                    "Register your representative for " + NoticeTexts.named(a.title()),
                    route,
                    held,
                    soon(held, today)));
        }
    }

    private void secretariat(List<AttentionItem> items, Assembly a, List<Ballot> list, LocalDate today) {
        LocalDate held = a.heldAt().toLocalDate();
        String route = NoticeTexts.assemblyRoute(a.id());
        if (!held.isBefore(today)) {
            Set<Long> withBallot =
                    list.stream().map(Ballot::itemId).filter(id -> id != null).collect(Collectors.toSet());
            long waiting = assemblies.agenda(a.id()).stream()
                    .filter(i -> i.kind() == Agenda.ItemKind.PROPOSAL && !withBallot.contains(i.id()))
                    .count();
            if (waiting > 0) {
                items.add(new AttentionItem(
                        "voting.proposals/" + a.id(),
                        waiting + " forslag til " + a.title()
                                + " venter på behandling (materialet udsendes senest "
                                + date(a.materialDue(), Language.DA) + ")",
                        waiting + (waiting == 1 ? " proposal" : " proposals") + " to " + NoticeTexts.named(a.title())
                                + " awaiting handling (the material is sent by " + date(a.materialDue(), Language.EN)
                                + ")",
                        route,
                        a.materialDue(),
                        soon(a.materialDue(), today)));
            }
        }
        if (a.heldAt().isBefore(java.time.LocalDateTime.ofInstant(clock.now(), PlatformClock.ZONE))) {
            LocalDate due = held.plusWeeks(2);
            boolean late = today.isAfter(due);
            items.add(new AttentionItem(
                    "voting.minutes/" + a.id(),
                    (late ? "For sent: referatet af " : "Referatet af ") + a.title() + " skal offentliggøres senest "
                            + date(due, Language.DA),
                    (late ? "Late: the minutes of " : "The minutes of ") + NoticeTexts.named(a.title())
                            + " must be published by " + date(due, Language.EN),
                    NoticeTexts.minutesRoute(a.id()),
                    due,
                    late || soon(due, today)));
        }
    }

    private static boolean soon(LocalDate due, LocalDate today) {
        return !today.isBefore(due.minusDays(URGENT_DAYS));
    }
}
