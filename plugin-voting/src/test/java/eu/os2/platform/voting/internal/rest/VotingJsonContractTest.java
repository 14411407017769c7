package eu.os2.platform.voting.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.AssemblyKind;
import eu.os2.platform.api.voting.Decision;
import eu.os2.platform.api.voting.DecisionType;
import eu.os2.platform.voting.internal.model.Agenda;
import eu.os2.platform.voting.internal.model.AgendaItem;
import eu.os2.platform.voting.internal.model.Ballot;
import eu.os2.platform.voting.internal.model.BallotKind;
import eu.os2.platform.voting.internal.model.BoardEntry;
import eu.os2.platform.voting.internal.model.CastReceipt;
import eu.os2.platform.voting.internal.model.Option;
import eu.os2.platform.voting.internal.model.Registration;
import eu.os2.platform.voting.internal.model.RequestState;
import eu.os2.platform.voting.internal.model.RuleSets;
import eu.os2.platform.voting.internal.model.Tally;
import eu.os2.platform.voting.internal.model.Turnout;
import eu.os2.platform.voting.internal.model.Verification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the JSON of every answer of {@code /api/v1/voting}: the field names the console and the
 * integration tests read. The mapper is configured as the platform's JSON provider (web-console's
 * JsonProvider): java.time as ISO strings.
 */
class VotingJsonContractTest {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    static final Instant CLOSED_AT = Instant.parse("2026-04-23T12:00:00Z");
    static final Assembly ASSEMBLY = new Assembly(
            1,
            AssemblyKind.ORDINARY,
            "GF 2026",
            LocalDateTime.of(2026, 4, 23, 13, 0),
            "Aarhus",
            LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 4, 9),
            LocalDate.of(2026, 4, 15),
            "vedtaegter",
            null,
            3);
    static final Ballot BALLOT = new Ballot(
            7,
            1,
            4L,
            BallotKind.ELECTION,
            DecisionType.ELECTION,
            "Valg",
            true,
            1,
            List.of(new Option("a", "Anna", 3L)),
            null,
            Ballot.CLOSED,
            CLOSED_AT,
            CLOSED_AT,
            "Valgt: Anna",
            true,
            "digest",
            2);
    static final Tally.Result RESULT =
            new Tally.Result(Map.of("a", 2L, "blank", 0L), 2, 3, 199, true, true, List.of("a"), "Valgt: Anna");

    static JsonNode json(Object value) {
        return MAPPER.valueToTree(value);
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static void assertFields(Object value, String... names) {
        assertThat(fields(json(value))).containsExactlyInAnyOrder(names);
    }

    static final String[] BALLOT_FIELDS = {
        "id",
        "assemblyId",
        "title",
        "kind",
        "decisionType",
        "secret",
        "seats",
        "options",
        "state",
        "summary",
        "passed",
        "closedAt"
    };
    static final String[] ASSEMBLY_FIELDS = {
        "id",
        "kind",
        "title",
        "heldAt",
        "place",
        "calledOn",
        "proposalsDue",
        "materialDue",
        "ruleSet",
        "minutesPublishedOn",
        "version"
    };
    static final String[] RESULT_FIELDS = {
        "counts", "cast", "present", "eligible", "quorumMet", "passed", "elected", "summary"
    };

    @Test
    void aBallotHasItsPublicFieldsAndOptions() {
        assertFields(BallotDto.of(BALLOT), BALLOT_FIELDS);
        JsonNode b = json(BallotDto.of(BALLOT));
        assertThat(b.get("kind").asText()).isEqualTo("ELECTION");
        assertThat(b.get("closedAt").asText()).isEqualTo("2026-04-23T12:00:00Z");
        assertThat(fields(b.get("options").get(0))).containsExactlyInAnyOrder("id", "label", "organisationId");
        assertThat(b.get("passed").asBoolean()).isTrue();
    }

    @Test
    void theBoardHasAResultOnlyOnceTheBallotIsClosed() {
        List<BoardEntryDto> entries = List.of(BoardEntryDto.of(new BoardEntry("r1", "a")));
        JsonNode open = json(new BoardDto.OpenBoardDto(BallotDto.of(BALLOT), BoardDto.VOTES_AFTER_CLOSE));
        assertThat(fields(open)).as("nothing of the votes while open").containsExactlyInAnyOrder("ballot", "notice");
        assertThat(fields(open.get("notice"))).containsExactly("da", "en");
        JsonNode closed =
                json(new BoardDto.ClosedBoardDto(BallotDto.of(BALLOT), entries, "ab".repeat(32), ResultDto.of(RESULT)));
        assertThat(fields(closed)).containsExactlyInAnyOrder("ballot", "entries", "chainHead", "result");
        assertThat(fields(closed.get("entries").get(0))).containsExactly("receipt", "choice");
        assertThat(fields(closed.get("result"))).containsExactlyInAnyOrder(RESULT_FIELDS);
        assertThat(closed.get("result").get("counts").get("a").asLong()).isEqualTo(2);
    }

    @Test
    void theResultAndTheVerification() {
        assertFields(ResultDto.of(RESULT), RESULT_FIELDS);
        assertFields(
                VerificationDto.of(new Verification(7, true, 2, 2, "d", "d", List.of())),
                "ballotId",
                "ok",
                "ballots",
                "chainEntries",
                "recounted",
                "stored",
                "problems");
    }

    @Test
    void anAssemblyAndItsDetail() {
        assertFields(AssemblyDto.of(ASSEMBLY), ASSEMBLY_FIELDS);
        JsonNode a = json(AssemblyDto.of(ASSEMBLY));
        assertThat(a.get("heldAt").asText()).isEqualTo("2026-04-23T13:00:00");
        assertThat(a.get("calledOn").asText()).isEqualTo("2026-03-20");
        AgendaItem item = new AgendaItem(
                4, 1, 1, Agenda.ItemKind.BOARD_CHAIR, "Valg af formand", null, DecisionType.ELECTION, null);
        AssemblyDetailDto detail = new AssemblyDetailDto(
                AssemblyDto.of(ASSEMBLY),
                List.of(AgendaItemDto.of(item)),
                List.of(BallotDto.of(BALLOT)),
                RuleSetDto.of(RuleSets.configured("", 0, 0).byId("vedtaegter")),
                LocalDate.of(2026, 5, 7),
                false);
        JsonNode d = json(detail);
        assertThat(fields(d))
                .containsExactlyInAnyOrder("assembly", "agenda", "ballots", "ruleSet", "minutesDue", "minutesLate");
        assertThat(fields(d.get("ruleSet")))
                .containsExactlyInAnyOrder("id", "validFrom", "quorumPercent", "proxyLimit", "procedures");
        assertThat(fields(d.get("ruleSet").get("procedures").get(0))).containsExactly("code", "da", "en");
        assertThat(fields(d.get("agenda").get(0)))
                .containsExactlyInAnyOrder(
                        "id", "assemblyId", "position", "kind", "title", "description", "decisionType", "proposedBy");
        assertThat(fields(d.get("ballots").get(0))).containsExactlyInAnyOrder(BALLOT_FIELDS);
        assertThat(d.get("minutesDue").asText()).isEqualTo("2026-05-07");
    }

    @Test
    void registrationsRequestsReceiptsTurnoutDecisionsMinutes() {
        assertFields(
                RegistrationDto.of(new Registration(1, 3, "rep-3", null, CLOSED_AT, null, null)),
                "assemblyId",
                "organisationId",
                "representative",
                "substitute",
                "presentSince",
                "proxyFor",
                "checkedOutAt",
                "present");
        assertFields(
                RequestStateDto.of(new RequestState(67, 199, true, "§")),
                "requests",
                "votingMembers",
                "boardMustCall",
                "statute");
        assertFields(
                ReceiptDto.of(new CastReceipt(7, "r", "n", "YES", 1, null)),
                "ballotId",
                "receipt",
                "nonce",
                "choice",
                "revision",
                "changeToken");
        assertFields(TurnoutDto.of(new Turnout(2, 3, 199, "OPEN")), "voted", "present", "eligible", "state");
        assertFields(
                DecisionDto.of(new Decision(7, 1, "Valg", DecisionType.ELECTION, true, "Valgt: Anna", CLOSED_AT)),
                "ballotId",
                "assemblyId",
                "title",
                "type",
                "passed",
                "summary",
                "closedAt");
        assertFields(
                new MinutesDto("Referat", null, LocalDate.of(2026, 5, 7), false), "text", "publishedOn", "due", "late");
    }

    @Test
    void theStatutesAreAnObjectFromCodeToText() {
        JsonNode s = json(StatuteTextsDto.all());
        assertThat(s.isObject()).isTrue();
        assertThat(fields(s)).contains("statutes.one-vote", "statutes.proposals-due");
        Map<String, String> texts = new LinkedHashMap<>();
        s.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        assertThat(texts.values()).allMatch(t -> !t.isBlank());
    }
}
