package eu.os2.platform.voting.internal.demo;

import eu.os2.platform.api.member.DirectoryReady;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.Assemblies;
import eu.os2.platform.voting.internal.AssemblyChange;
import eu.os2.platform.voting.internal.BallotChange;
import eu.os2.platform.voting.internal.Ballots;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.Minutes;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode (the platform's {@code etc/eu.os2.platform.demo.cfg}): when on and no assembly exists,
 * once the demo member directory is in place, the 2025 ordinary assembly is entered as it would be
 * run — called within the statutes, the fixed agenda, a member's proposal, ballots on the accounts,
 * next year's fee and a proposal, the election of the chair and half the board (2025 is odd), every
 * voting member's representative checking in and voting, the ballots closed and the minutes published — and the
 * next ordinary assembly is called and open for proposals. The votes and candidates are synthetic.
 */
@Component(
        configurationPid = "eu.os2.platform.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
public class DemoVoting {

    static final PlatformUser SECRETARIAT =
            new PlatformUser(0, "demo-secretariat", "Demo Sekretariat", Set.of(Role.SECRETARIAT), null);
    private static final Logger LOG = LoggerFactory.getLogger(DemoVoting.class);

    @interface Config {
        boolean enabled() default false;
    }

    /** The plugin's areas the demo works through. */
    public record Areas(
            VotingService service, Assemblies assemblies, Ballots ballots, Minutes minutes, Electorate electorate) {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "os2-demo-voting");
        t.setDaemon(true);
        return t;
    });

    /** Activated only once core announces the demo directory and users ({@link DirectoryReady}). */
    @Activate
    public DemoVoting(
            @Reference DirectoryReady directory,
            @Reference VotingService service,
            @Reference Assemblies assemblies,
            @Reference Ballots ballots,
            @Reference Minutes minutes,
            @Reference Electorate electorate,
            @Reference MemberService members,
            @Reference PlatformClock clock,
            Config config) {
        if (!config.enabled() || !service.assemblies().isEmpty()) {
            return;
        }
        Areas voting = new Areas(service, assemblies, ballots, minutes, electorate);
        worker.execute(() -> {
            try {
                create(voting, members, clock.today());
                LOG.info(
                        "Demo mode: created the 2025 ordinary assembly with results and the next assembly open for proposals");
            } catch (RuntimeException e) {
                LOG.error("Demo mode: the voting demo data could not be created", e);
            }
        });
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }

    static PlatformUser representative(Organisation o) {
        return new PlatformUser(
                0, "demo-rep-" + o.id(), "Repræsentant for " + o.name(), Set.of(Role.MEMBER_REPRESENTATIVE), o.id());
    }

    /** Creates the demo assemblies; public for tests. */
    public static void create(Areas voting, MemberService members, LocalDate today) {
        Set<Long> eligible = voting.electorate().eligible();
        List<Organisation> voters = members.votingMembers().stream()
                .filter(o -> eligible.contains(o.id()))
                .toList();
        Organisation ballerup = voters.stream()
                .filter(o -> o.name().startsWith("Ballerup"))
                .findFirst()
                .orElse(voters.get(0));

        Assembly gf = voting.assemblies()
                .enterHeld(
                        new AssemblyChange(
                                AssemblyKind.ORDINARY,
                                "Ordinær generalforsamling 2025",
                                LocalDateTime.of(2025, 4, 24, 13, 0),
                                "Aarhus Rådhus og online",
                                LocalDate.of(2025, 3, 20),
                                LocalDate.of(2025, 4, 10),
                                LocalDate.of(2025, 4, 15)),
                        SECRETARIAT);
        AgendaItem proposal = voting.assemblies()
                .addItem(
                        gf.id(),
                        "Forslag fra " + ballerup.name() + ": fælles tilgængelighedserklæring for alle produkter",
                        "Bestyrelsen pålægges at indføre en fælles skabelon for tilgængelighedserklæringer i alle OS2-produkter.",
                        DecisionType.ORDINARY,
                        null,
                        SECRETARIAT);
        List<AgendaItem> agenda = voting.assemblies().agenda(gf.id());
        List<Ballot> ballots = new ArrayList<>();
        ballots.add(ballot(
                voting,
                gf,
                item(agenda, Agenda.ItemKind.ACCOUNTS),
                BallotKind.YES_NO,
                DecisionType.ORDINARY,
                "Godkendelse af regnskab 2024",
                0,
                List.of()));
        ballots.add(ballot(
                voting,
                gf,
                item(agenda, Agenda.ItemKind.MEMBERSHIP_FEE),
                BallotKind.YES_NO,
                DecisionType.MEMBERSHIP_FEE,
                "Kontingent for 2026: 25.000 kr. reguleret med KL's pris- og lønindeks",
                0,
                List.of()));
        ballots.add(
                ballot(voting, gf, proposal, BallotKind.YES_NO, DecisionType.ORDINARY, proposal.title(), 0, List.of()));
        List<Option> chair = candidates(voters, List.of("Aarhus"));
        ballots.add(ballot(
                voting,
                gf,
                item(agenda, Agenda.ItemKind.BOARD_CHAIR),
                BallotKind.ELECTION,
                DecisionType.ELECTION,
                "Valg af formand for 2025–2027",
                1,
                chair));
        List<Option> board =
                candidates(voters, List.of("Vallensbæk", "Favrskov", "Middelfart", "Ballerup", "Syddjurs"));
        ballots.add(ballot(
                voting,
                gf,
                item(agenda, Agenda.ItemKind.BOARD_MEMBERS),
                BallotKind.ELECTION,
                DecisionType.ELECTION,
                "Valg af 3 bestyrelsesmedlemmer for 2025–2027",
                Math.min(3, board.size()),
                board));
        int i = 0;
        for (Organisation o : voters) {
            PlatformUser rep = representative(o);
            voting.assemblies().checkIn(gf.id(), o.id(), rep); // a member votes only while checked in
            voting.ballots().cast(ballots.get(0).id(), o.id(), List.of(i % 17 == 0 ? "ABSTAIN" : "YES"), null, rep);
            voting.ballots()
                    .cast(
                            ballots.get(1).id(),
                            o.id(),
                            List.of(i % 9 == 0 ? "NO" : i % 13 == 0 ? "ABSTAIN" : "YES"),
                            null,
                            rep);
            voting.ballots().cast(ballots.get(2).id(), o.id(), List.of(i % 4 == 0 ? "NO" : "YES"), null, rep);
            voting.ballots()
                    .cast(
                            ballots.get(3).id(),
                            o.id(),
                            i % 11 == 0 ? List.of() : List.of(chair.get(0).id()),
                            null,
                            rep);
            // preferences spread so that three candidates are clearly ahead
            List<String> picks = new ArrayList<>();
            picks.add(board.get(i % 2).id());
            picks.add(board.get(2 + (i % 3 == 0 ? 1 : 0) % (board.size() - 2)).id());
            if (i % 4 == 0 && board.size() > 4) {
                picks.add(board.get(4).id());
            }
            voting.ballots().cast(ballots.get(4).id(), o.id(), picks, null, rep);
            i++;
        }
        for (Ballot b : ballots) {
            voting.ballots().close(b.id(), SECRETARIAT);
        }
        Assembly current = voting.service().assembly(gf.id()).orElseThrow();
        voting.minutes()
                .saveMinutes(
                        gf.id(),
                        current.version(),
                        voting.minutes().draftMinutes(gf.id()),
                        LocalDate.of(2025, 5, 6),
                        SECRETARIAT);

        // the next ordinary assembly, called today and open for proposals
        int year = today.getMonthValue() <= 2 ? today.getYear() : today.getYear() + 1;
        voting.assemblies()
                .call(
                        new AssemblyChange(
                                AssemblyKind.ORDINARY,
                                "Ordinær generalforsamling " + year,
                                LocalDateTime.of(year, 4, 29, 13, 0),
                                "Odense Rådhus og online",
                                today,
                                LocalDate.of(year, 4, 15),
                                LocalDate.of(year, 4, 20)),
                        SECRETARIAT);
    }

    private static AgendaItem item(List<AgendaItem> agenda, Agenda.ItemKind kind) {
        return agenda.stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }

    private static Ballot ballot(
            Areas voting,
            Assembly a,
            AgendaItem item,
            BallotKind kind,
            DecisionType type,
            String title,
            int seats,
            List<Option> options) {
        Ballot b = voting.ballots()
                .create(
                        a.id(),
                        new BallotChange(item.id(), kind, type, title, null, seats, options, null),
                        SECRETARIAT);
        return voting.ballots().open(b.id(), SECRETARIAT);
    }

    /** One candidate from each of the named members (synthetic candidates: "Kandidat fra …"). */
    private static List<Option> candidates(List<Organisation> voters, List<String> places) {
        List<Option> options = new ArrayList<>();
        for (String place : places) {
            voters.stream()
                    .filter(o -> o.name().startsWith(place + " "))
                    .findFirst()
                    .ifPresent(o -> options.add(new Option("k" + o.id(), "Kandidat fra " + o.name(), o.id())));
        }
        return options;
    }
}
