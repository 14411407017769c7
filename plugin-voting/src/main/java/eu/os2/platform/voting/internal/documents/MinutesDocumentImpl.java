package eu.os2.platform.voting.internal.documents;

import eu.os2.platform.api.document.Block;
import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.voting.internal.Electorate;
import eu.os2.platform.voting.internal.Minutes;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.Choices;
import eu.os2.platform.voting.internal.model.FrozenResult;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.notices.NoticeTexts;
import eu.os2.platform.voting.internal.store.AssemblyStore;
import eu.os2.platform.voting.internal.store.AttendanceStore;
import eu.os2.platform.voting.internal.store.BallotStore;
import eu.os2.platform.voting.internal.store.SnapshotStore;
import eu.os2.platform.voting.internal.store.VotingDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An assembly's minutes as a document people can read, in Danish or English: the assembly, who was
 * present, and each agenda item with its ballots' decisions and results as their close stored them.
 * The secretariat's own text follows when it says more than the draft. Nothing in it is left empty.
 */
@Component(service = MinutesDocument.class)
public class MinutesDocumentImpl implements MinutesDocument {

    private final AssemblyStore assemblies;
    private final AttendanceStore attendance;
    private final BallotStore ballots;
    private final SnapshotStore snapshots;
    private final Electorate electorate;
    private final Minutes minutes;

    @Activate
    public MinutesDocumentImpl(
            @Reference VotingDatabase database, @Reference Electorate electorate, @Reference Minutes minutes) {
        this.assemblies = database.assemblies();
        this.attendance = database.attendance();
        this.ballots = database.ballots();
        this.snapshots = database.snapshots();
        this.electorate = electorate;
        this.minutes = minutes;
    }

    @Override
    public Document document(long assemblyId, Language l) {
        Assembly a = assemblies
                .assembly(assemblyId)
                .orElseThrow(() -> new NoSuchElementException("no assembly " + assemblyId));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Facts(List.of(
                new Block.Fact(l.pick("Generalforsamling", "General assembly"), quoted(a.title(), l)),
                new Block.Fact(
                        l.pick("Dato", "Date"), NoticeTexts.date(a.heldAt().toLocalDate(), l)),
                new Block.Fact(l.pick("Tidspunkt", "Time"), NoticeTexts.time(a.heldAt(), l)),
                new Block.Fact(
                        l.pick("Sted", "Place"),
                        a.place() == null ? NoticeTexts.place(null, l) : quoted(NoticeTexts.place(a.place(), l), l)),
                new Block.Fact(
                        l.pick("Offentliggjort", "Published"),
                        a.minutesPublishedOn() == null
                                ? l.pick("Ikke offentliggjort endnu", "Not published yet")
                                : NoticeTexts.date(a.minutesPublishedOn(), l)))));
        List<Ballot> all = ballots.ballots(assemblyId);
        attendanceBlocks(assemblyId, all, l, blocks);
        blocks.add(new Block.Heading(2, l.pick("Dagsorden og beslutninger", "Agenda and decisions")));
        for (AgendaItem item : assemblies.agenda(assemblyId)) {
            blocks.add(new Block.Heading(3, item.position() + ". " + quoted(item.title(), l)));
            if (item.description() != null && !item.description().isBlank()) {
                blocks.add(new Block.Paragraph(quoted(item.description(), l)));
            }
            List<Ballot> onItem = all.stream()
                    .filter(b -> b.itemId() != null && b.itemId() == item.id())
                    .toList();
            if (onItem.isEmpty()) {
                blocks.add(new Block.Paragraph(l.pick("Ingen afstemning.", "No vote.")));
            }
            onItem.forEach(b -> ballotBlocks(b, l, blocks));
        }
        List<Ballot> others = all.stream().filter(b -> b.itemId() == null).toList();
        if (!others.isEmpty()) {
            blocks.add(new Block.Heading(2, l.pick("Øvrige afstemninger", "Other ballots")));
            others.forEach(b -> ballotBlocks(b, l, blocks));
        }
        Optional<String> stored = assemblies.minutes(assemblyId).filter(text -> !text.isBlank());
        if (stored.isPresent()
                && !stored.get().strip().equals(minutes.draftMinutes(assemblyId).strip())) {
            blocks.add(new Block.Heading(2, l.pick("Referatets tekst", "Text of the minutes")));
            for (String part : stored.get().strip().split("\\r?\\n\\s*\\r?\\n")) {
                blocks.add(new Block.Paragraph(quoted(part.strip(), l)));
            }
        }
        String due = NoticeTexts.date(a.heldAt().toLocalDate().plusWeeks(2), l);
        blocks.add(new Block.Paragraph(l.pick(
                "Efter vedtægterne offentliggøres referatet senest " + due + ", 2 uger efter generalforsamlingen.",
                "By the statutes the minutes are published by " + due + ", two weeks after the assembly.")));
        return new Document(l.pick("Referat af ", "Minutes of ") + quoted(a.title(), l), l, AUTHOR, blocks);
    }

    private void attendanceBlocks(long assemblyId, List<Ballot> all, Language l, List<Block> blocks) {
        // who attended (also those who left again); the members with a vote as the last close counted them
        List<Registration> present = attendance.registrations(assemblyId).stream()
                .filter(r -> r.presentSince() != null)
                .toList();
        long eligible = all.stream()
                .filter(b -> Ballot.CLOSED.equals(b.state()) && b.closedAt() != null)
                .max(Comparator.comparing(Ballot::closedAt))
                .flatMap(b -> snapshots.snapshot(b.id()))
                .map(s -> s.result().eligible())
                .orElseGet(() -> (long) electorate.eligible().size());
        blocks.add(new Block.Heading(2, l.pick("Fremmødte medlemmer", "Members present")));
        blocks.add(new Block.Paragraph(l.pick(
                present.size() + " af " + eligible + " stemmeberettigede medlemmer deltog.",
                present.size() + " of " + eligible + " members with a vote took part.")));
        if (!present.isEmpty()) {
            List<List<String>> rows = present.stream()
                    .map(r -> List.of(
                            quoted(electorate.name(r.organisationId()), l),
                            r.proxyFor() == null
                                    ? l.pick("Til stede", "Present")
                                    : l.pick("Ved fuldmagt til ", "By proxy to ")
                                            + quoted(electorate.name(r.proxyFor()), l)))
                    .toList();
            blocks.add(new Block.Table(
                    l.pick("Fremmødte medlemmer", "Members present"),
                    List.of(l.pick("Medlem", "Member"), l.pick("Fremmøde", "Attendance")),
                    rows,
                    Set.of()));
        }
    }

    private void ballotBlocks(Ballot b, Language l, List<Block> blocks) {
        String title = quoted(b.title(), l) + (b.secret() ? l.pick(" (skriftlig afstemning)", " (secret ballot)") : "");
        Optional<FrozenResult> snapshot =
                Ballot.CLOSED.equals(b.state()) ? snapshots.snapshot(b.id()) : Optional.empty();
        if (snapshot.isEmpty()) {
            blocks.add(new Block.Facts(List.of(
                    new Block.Fact(l.pick("Afstemning", "Ballot"), title),
                    new Block.Fact(l.pick("Beslutning", "Decision"), l.pick("Ikke afsluttet", "Not closed")))));
            return;
        }
        FrozenResult s = snapshot.get();
        blocks.add(new Block.Facts(List.of(
                new Block.Fact(l.pick("Afstemning", "Ballot"), title),
                new Block.Fact(l.pick("Beslutning", "Decision"), NoticeTexts.result(b, s.result(), l)),
                new Block.Fact(
                        l.pick("Afgivne stemmer", "Votes cast"),
                        l.pick(
                                s.result().cast() + " af " + s.result().present() + " fremmødte ("
                                        + s.result().eligible() + " stemmeberettigede)",
                                s.result().cast() + " of " + s.result().present() + " present ("
                                        + s.result().eligible() + " with a vote)")))));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> count : s.result().counts().entrySet()) {
            rows.add(List.of(choiceLabel(b, count.getKey(), l), Long.toString(count.getValue())));
        }
        blocks.add(new Block.Table(
                l.pick("Resultat: ", "Result: ") + quoted(b.title(), l),
                List.of(
                        b.kind() == BallotKind.ELECTION ? l.pick("Kandidat", "Candidate") : l.pick("Valg", "Choice"),
                        l.pick("Stemmer", "Votes")),
                rows,
                Set.of(1)));
    }

    static String choiceLabel(Ballot b, String key, Language l) {
        return switch (key) {
            case Choices.YES -> l.pick("For", "For");
            case Choices.NO -> l.pick("Imod", "Against");
            case Choices.ABSTAIN -> l.pick("Hverken for eller imod", "Abstained");
            case "blank" -> l.pick("Blank", "Blank");
            default ->
                b.options().stream()
                        .filter(o -> o.id().equals(key))
                        .map(Option::label)
                        .filter(Objects::nonNull)
                        .map(label -> quoted(label, l))
                        .findFirst()
                        .orElse(key);
        };
    }

    /**
     * What people wrote (titles, places, names, the minutes' text) is Danish: in the English document it stands
     * between “ and ”, which the console marks as Danish.
     */
    static String quoted(String text, Language l) {
        return l == Language.DA ? text : NoticeTexts.named(text);
    }
}
