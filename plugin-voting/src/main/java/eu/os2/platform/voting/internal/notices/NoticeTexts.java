package eu.os2.platform.voting.internal.notices;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.Choices;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Dates, times, agendas and results as the messages, the home page and the calendar say them, in Danish and English. */
public final class NoticeTexts {

    private static final DateTimeFormatter DATE_DA = DateTimeFormatter.ofPattern("d. MMMM yyyy", Language.DA.locale());
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Language.EN.locale());
    private static final DateTimeFormatter TIME_DA = DateTimeFormatter.ofPattern("HH.mm", Language.DA.locale());
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("HH:mm", Language.EN.locale());

    private NoticeTexts() {}

    /** @return e.g. "23. april 2026" or "23 April 2026" */
    public static String date(LocalDate date, Language language) {
        return date.format(language == Language.DA ? DATE_DA : DATE_EN);
    }

    /** @return e.g. "13.00" or "13:00" */
    public static String time(LocalDateTime at, Language language) {
        return at.format(language == Language.DA ? TIME_DA : TIME_EN);
    }

    /** @return the day of an instant in the platform's zone */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, PlatformClock.ZONE);
    }

    /** @return the place, or "to be announced" when none is set yet */
    public static String place(String place, Language language) {
        return place == null || place.isBlank()
                ? language.pick("stedet oplyses senere", "place to be announced")
                : place;
    }

    /** @return the agenda, one numbered line per item */
    public static String agenda(List<AgendaItem> agenda, Language language) {
        if (agenda.isEmpty()) {
            return language.pick("Dagsordenen udsendes med materialet.", "The agenda follows with the material.");
        }
        return agenda.stream().map(i -> i.position() + ". " + i.title()).collect(Collectors.joining("\n"));
    }

    /** @return the console route of an assembly */
    public static String assemblyRoute(long assemblyId) {
        return "#/voting/assembly/" + assemblyId;
    }

    /** @return the console route of a ballot, on its assembly's page where it is voted */
    public static String ballotRoute(Ballot b) {
        return "#/voting/assembly/" + b.assemblyId() + "?ballot=" + b.id();
    }

    /** @return the console route of an assembly's minutes */
    public static String minutesRoute(long assemblyId) {
        return "#/voting/minutes/" + assemblyId;
    }

    /**
     * @return a Danish name (a title, a place, a candidate, an organisation) in an English text, between
     *     “ and ”, so that the console marks it as Danish (see AttentionItem)
     */
    public static String named(String name) {
        return "\u201c" + name + "\u201d";
    }

    /**
     * @return a closed ballot's result: in Danish as its close stored it, in English from the same
     *     counts
     */
    public static String result(Ballot b, Tally.Result r, Language language) {
        if (language == Language.DA) {
            return r.summary();
        }
        Map<String, Long> counts = r.counts();
        StringBuilder s = new StringBuilder();
        if (b.kind() == BallotKind.YES_NO) {
            s.append(r.passed() ? "Adopted" : "Rejected")
                    .append(": ")
                    .append(count(counts, Choices.YES))
                    .append(" for, ")
                    .append(count(counts, Choices.NO))
                    .append(" against, ")
                    .append(count(counts, Choices.ABSTAIN))
                    .append(" abstained.");
        } else if (r.elected().isEmpty()) {
            s.append(b.kind() == BallotKind.ELECTION ? "No one was elected." : "No option was chosen.");
        } else {
            s.append(b.kind() == BallotKind.ELECTION ? "Elected: " : "Chosen: ")
                    // the names stand between “ and ”: they are Danish (see AttentionItem)
                    .append(r.elected().stream().map(id -> named(label(b, id))).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (!r.quorumMet()) {
            s.append(" The quorum was not reached.");
        }
        return s.toString();
    }

    private static long count(Map<String, Long> counts, String key) {
        Long n = counts.get(key);
        return n == null ? 0 : n;
    }

    private static String label(Ballot b, String optionId) {
        return b.options().stream()
                .filter(o -> o.id().equals(optionId))
                .map(Option::label)
                .findFirst()
                .orElse(optionId);
    }
}
