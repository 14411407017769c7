package eu.os2.platform.onboarding.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.onboarding.internal.model.Assessment;
import eu.os2.platform.onboarding.internal.model.AssessmentState;
import eu.os2.platform.onboarding.internal.model.Catalogue;
import eu.os2.platform.onboarding.internal.model.GateStatus;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import eu.os2.platform.onboarding.internal.model.Levels;
import eu.os2.platform.onboarding.internal.model.Mark;
import eu.os2.platform.onboarding.internal.model.PublicCode;
import eu.os2.platform.onboarding.internal.model.Reminder;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * The JSON of every answer of {@code /api/v1/onboarding}: field names and shapes as the console and
 * the integration tests read them, serialised as the platform's JsonProvider does (java.time as ISO
 * strings, nulls written).
 */
class OnboardingJsonContractTest {

    /** Configured as web-console's JsonProvider for writing. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    static final Product PRODUCT = new Product(
            7,
            "OS2forms",
            "Formål",
            "https://github.com/OS2Forms/os2forms",
            "MPL-2.0",
            false,
            PipelineStep.PRODUCT,
            ProductLevel.LEVEL_2,
            List.of(1L),
            List.of(2L),
            "koordinator",
            List.of("Styregruppe"),
            List.of(),
            List.of("Nordlys Software"),
            List.of("initiative:3"),
            List.of("roadmap"),
            4);
    static final Assessment ASSESSMENT = new Assessment(
            11,
            7,
            "2026-2",
            "2024",
            AssessmentState.EVALUATED,
            Map.of(
                    "F1",
                    new Mark("F1", Mark.Status.MET, null, List.of("https://example.org")),
                    "F2",
                    new Mark("F2", null, null, List.of())),
            Map.of("formal", "GREEN"),
            "I orden",
            null,
            null,
            null,
            null,
            3);
    static final Levels.Result LEVELS =
            new Levels.Result(ProductLevel.LEVEL_1, "complete", true, ProductLevel.LEVEL_2, List.of("G6"), List.of());

    static JsonNode json(Object value) {
        return MAPPER.valueToTree(value);
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void productsAnswerTheFieldsOfTheProductRecordAsBefore() {
        JsonNode dto = json(ProductDto.of(PRODUCT));
        assertThat(fields(dto))
                .containsExactly(
                        "id",
                        "name",
                        "purpose",
                        "repositoryUrl",
                        "licence",
                        "licenceBeingClarified",
                        "step",
                        "level",
                        "owners",
                        "supporters",
                        "coordinator",
                        "steeringGroup",
                        "coordinationGroup",
                        "suppliers",
                        "links",
                        "facts",
                        "version");
        assertThat(dto).as("the same JSON as the core-api record gave").isEqualTo(json(PRODUCT));
        assertThat(dto.get("step").asText()).isEqualTo("PRODUCT");
        assertThat(dto.get("owners").get(0).isNumber()).isTrue();
    }

    @Test
    void criteriaAnswerCodeThemeLevelAndSummaryInTheLanguageAsked() {
        var criterion = Catalogue.load(Catalogue.CURRENT).criteria().get(0);
        JsonNode danish = json(CriterionDto.of(criterion, false));
        assertThat(fields(danish))
                .containsExactly(
                        "code", "theme", "firstLevel", "recommendationOnly", "summary", "summaryDa", "summaryEn");
        assertThat(danish.get("code").asText()).isEqualTo("R1");
        assertThat(danish.get("firstLevel").asText()).isEqualTo("SANDBOX");
        assertThat(danish.get("summary").asText()).startsWith("Løsningen skaber lokal værdi");
        assertThat(danish.get("summaryEn").asText()).startsWith("The solution creates local value");
        assertThat(json(CriterionDto.of(criterion, true)).get("summary").asText())
                .isEqualTo(criterion.summary());
    }

    @Test
    void levelsAnswerAnObjectByLevelName() throws Exception {
        Map<ProductLevel, Long> counts = new EnumMap<>(ProductLevel.class);
        counts.put(ProductLevel.SANDBOX, 4L);
        counts.put(ProductLevel.LEVEL_2, 5L);
        assertThat(MAPPER.writeValueAsString(LevelCountsDto.of(counts)))
                .isEqualTo("{\"SANDBOX\":4,\"LEVEL_1\":0,\"LEVEL_2\":5,\"LEVEL_3\":0}");
    }

    @Test
    void aProductsDetailNamesItsPartsAsTheConsoleReadsThem() {
        ProductDetailDto detail = new ProductDetailDto(
                ProductDto.of(PRODUCT),
                Map.of("1", "Kommune 1"),
                Gates.FACTS,
                Map.of(
                        "PROJECT",
                        GateDto.of(new GateStatus(List.of(), null, 1, 1)),
                        "PRODUCT",
                        GateDto.of(new GateStatus(List.of("roadmap"), "x", 2, 2))),
                List.of(HistoryDto.of(new HistoryEntry(
                        Instant.parse("2026-11-27T10:00:00Z"), "sekretariat", "STEP", "IDEA → DIALOGUE"))),
                List.of(AssessmentSummaryDto.of(ASSESSMENT)),
                "2026-2",
                LocalDate.of(2026, 10, 31),
                LevelsDto.of(LEVELS),
                Map.of("sekretariat", "Sekretariatet"));
        JsonNode dto = json(detail);
        assertThat(fields(dto))
                .containsExactly(
                        "product",
                        "organisations",
                        "factChoices",
                        "gates",
                        "history",
                        "assessments",
                        "currentRound",
                        "deadline",
                        "levels",
                        "people");
        assertThat(dto.get("organisations").get("1").asText()).isEqualTo("Kommune 1");
        assertThat(fields(dto.get("gates").get("PRODUCT")))
                .containsExactly("missing", "exception", "authorities", "authoritiesNeeded");
        assertThat(dto.get("gates").get("PROJECT").get("exception").isNull()).isTrue();
        assertThat(fields(dto.get("history").get(0))).containsExactly("at", "actor", "kind", "text");
        assertThat(dto.get("history").get(0).get("at").asText()).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(fields(dto.get("assessments").get(0))).containsExactlyInAnyOrder("id", "round", "state", "decided");
        assertThat(dto.get("assessments").get(0).get("decided").asText())
                .as("not decided: an empty string")
                .isEmpty();
        assertThat(dto.get("deadline").asText()).isEqualTo("2026-10-31");
        assertThat(dto.get("levels")).isEqualTo(json(LEVELS));
        assertThat(fields(dto.get("levels")))
                .containsExactly("qualifying", "state", "complete", "next", "blockers", "blank");
    }

    @Test
    void anAssessmentAnswersItsRecordsFieldsWithMarksByCode() {
        JsonNode dto = json(AssessmentDto.of(ASSESSMENT));
        assertThat(fields(dto))
                .containsExactly(
                        "id",
                        "productId",
                        "round",
                        "catalogue",
                        "state",
                        "marks",
                        "lights",
                        "evaluation",
                        "review",
                        "recommended",
                        "decided",
                        "reason",
                        "version");
        assertThat(dto).as("the same JSON as the model record gave").isEqualTo(json(ASSESSMENT));
        assertThat(fields(dto.get("marks").get("F1"))).containsExactly("code", "status", "explanation", "evidence");
        assertThat(fields(json(new AssessmentViewDto(
                        AssessmentDto.of(ASSESSMENT), LevelsDto.of(LEVELS), LocalDate.of(2026, 10, 31)))))
                .containsExactly("assessment", "levels", "deadline");
        assertThat(fields(json(new AssessmentSavedDto(AssessmentDto.of(ASSESSMENT), LevelsDto.of(LEVELS)))))
                .containsExactlyInAnyOrder("assessment", "levels");
    }

    @Test
    void aPubliccodeImportAnswersWhatItReadAndMarked() {
        PublicCode.Facts facts = new PublicCode.Facts(
                "OS2forms",
                "https://github.com/OS2Forms/os2forms",
                "MPL-2.0",
                "stable",
                List.of("Aarhus"),
                List.of("Magenta"),
                "Formularer");
        JsonNode dto = json(PublicCodeImportDto.of(new PublicCode.Imported(facts, List.of("F1", "F2"))));
        assertThat(fields(dto))
                .containsExactly("name", "licence", "url", "developmentStatus", "usedBy", "maintainers", "marked");
        assertThat(dto.get("marked").get(1).asText()).isEqualTo("F2");
    }

    @Test
    void theReviewQueueAndTheRemindersNameTheProduct() {
        JsonNode queue = json(new QueueEntryDto(7, "OS2forms", 11, AssessmentState.SUBMITTED, "null"));
        assertThat(fields(queue))
                .containsExactlyInAnyOrder("productId", "product", "assessmentId", "state", "qualifying");
        assertThat(queue.get("qualifying").isTextual())
                .as("String.valueOf of the level, as before")
                .isTrue();
        JsonNode reminder = json(
                ReminderDto.of(new Reminder(7, "OS2display", "koordinator", "2026-2", LocalDate.of(2026, 10, 31), 27)));
        assertThat(fields(reminder))
                .containsExactly("productId", "product", "coordinator", "round", "deadline", "daysLate");
        assertThat(reminder.get("deadline").asText()).isEqualTo("2026-10-31");
        assertThat(reminder.get("daysLate").asLong()).isEqualTo(27);
    }

    @Test
    void everyAnswerIsADtoOfThisPackageNeverAMapOrAModelRecord() {
        for (Method m : OnboardingResource.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(GET.class)
                    || m.isAnnotationPresent(POST.class)
                    || m.isAnnotationPresent(PUT.class)) {
                // an error answer is written with the method's generic return type: a List<…> or Map<…> there breaks it
                assertThat(m.getGenericReturnType())
                        .as(m.getName() + " declares no generic type")
                        .isInstanceOf(Class.class);
                Class<?> c = m.getReturnType().isArray() ? m.getReturnType().getComponentType() : m.getReturnType();
                if (c == Response.class) {
                    continue; // the entity is a DTO: the tests above pin it
                }
                assertThat(c.isRecord()).as(m.getName() + " answers a record").isTrue();
                assertThat(c.getPackage())
                        .as(m.getName() + " answers a DTO of the rest package")
                        .isEqualTo(OnboardingResource.class.getPackage());
            }
        }
    }
}
