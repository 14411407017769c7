package eu.os2.platform.onboarding.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.validation.ValidationException;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class GatesAndPublicCodeTest {

    /** Organisations 1–50 are municipalities; 60–69 supplier partners; others not in the directory. */
    static final LongPredicate PUBLIC = id -> id >= 1 && id <= 50;

    static Product product(
            String licence, boolean clarifying, List<Long> owners, List<Long> supporters, List<String> facts) {
        return new Product(
                1,
                "OS2x",
                null,
                null,
                licence,
                clarifying,
                PipelineStep.DIALOGUE,
                ProductLevel.SANDBOX,
                owners,
                supporters,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                facts,
                1);
    }

    @Test
    void theProjectGateSaysExactlyWhatIsMissing() {
        assertThat(Gates.missing(Gates.Gate.PROJECT, product(null, false, List.of(), List.of(), List.of()), PUBLIC))
                .containsExactly("open-licence", "public-owner", "governance-plan", "finance-plan", "shared-need");
        assertThat(Gates.missing(
                        Gates.Gate.PROJECT,
                        product(
                                null,
                                true,
                                List.of(1L),
                                List.of(),
                                List.of("governancePlan", "financePlan", "sharedNeed")),
                        PUBLIC))
                .isEmpty();
    }

    @Test
    void theProductGateNeedsAnOsiLicenceAndTwoAuthorities() {
        List<String> all = List.of("governanceInPlace", "longTermFunding", "publicDocumentation", "roadmap");
        assertThat(Gates.missing(
                        Gates.Gate.PRODUCT, product("Proprietary", false, List.of(1L), List.of(), all), PUBLIC))
                .containsExactly("osi-licence", "two-authorities");
        assertThat(Gates.missing(Gates.Gate.PRODUCT, product("MPL-2.0", false, List.of(1L), List.of(2L), all), PUBLIC))
                .isEmpty();
        assertThat(Gates.missing(
                        Gates.Gate.PRODUCT,
                        product("MPL-2.0", false, List.of(1L), List.of(2L), List.of("roadmap")),
                        PUBLIC))
                .containsExactly("governanceInPlace", "longTermFunding", "publicDocumentation");
        assertThat(Gates.gateInto(PipelineStep.PRE_ANALYSIS)).isEqualTo(Gates.Gate.PROJECT);
        assertThat(Gates.gateInto(PipelineStep.GOVERNANCE_FINANCE)).isNull();
    }

    @Test
    void twoAuthoritiesAreTwoDistinctPublicAuthoritiesAmongOwnersAndSupporters() {
        List<String> all = List.of("governanceInPlace", "longTermFunding", "publicDocumentation", "roadmap");
        assertThat(Gates.missing(Gates.Gate.PRODUCT, product("MPL-2.0", false, List.of(1L), List.of(1L), all), PUBLIC))
                .as("the same municipality as owner and supporter counts once")
                .containsExactly("two-authorities");
        assertThat(Gates.missing(
                        Gates.Gate.PRODUCT, product("MPL-2.0", false, List.of(1L), List.of(60L, 61L), all), PUBLIC))
                .as("supplier partners never count")
                .containsExactly("two-authorities");
        assertThat(Gates.missing(Gates.Gate.PRODUCT, product("MPL-2.0", false, List.of(1L), List.of(99L), all), PUBLIC))
                .as("an organisation no longer in the directory does not count")
                .containsExactly("two-authorities");
        assertThat(Gates.missing(
                        Gates.Gate.PRODUCT, product("MPL-2.0", false, List.of(60L), List.of(1L, 2L), all), PUBLIC))
                .isEmpty();
        assertThat(Gates.authorities(
                        Gates.Gate.PRODUCT,
                        product("MPL-2.0", false, List.of(1L, 2L), List.of(2L, 3L, 60L), all),
                        PUBLIC))
                .isEqualTo(3);
        assertThat(Gates.missing(
                        Gates.Gate.PROJECT,
                        product(
                                null,
                                true,
                                List.of(60L),
                                List.of(1L),
                                List.of("governancePlan", "financePlan", "sharedNeed")),
                        PUBLIC))
                .as("a project needs a public owner; a supplier owner or a public supporter is not one")
                .containsExactly("public-owner");
    }

    @Test
    void aPubliccodeFileWhoseFieldsDoNotFitIsRefused() {
        String longDescription = Samples.PUBLICCODE.replace("Digitale selvbetjeningsløsninger", "y".repeat(2001));
        assertThatThrownBy(() -> PublicCode.parse(longDescription))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file.description", "too-long"));
        String plainUrl = Samples.PUBLICCODE.replace("https://github.com", "http://github.com");
        assertThatThrownBy(() -> PublicCode.parse(plainUrl))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file.url", "invalid-url"));
        String longName = Samples.PUBLICCODE.replace("name: OS2forms", "name: " + "n".repeat(101));
        assertThatThrownBy(() -> PublicCode.parse(longName))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file.name", "too-long"));
        String longLicence = Samples.PUBLICCODE.replace("license: MPL-2.0", "license: " + "L".repeat(61));
        assertThatThrownBy(() -> PublicCode.parse(longLicence))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file.legal.license", "too-long"));
        String manyContacts =
                Samples.PUBLICCODE.replace("    - name: Produktkoordinator", "    - name: " + "k".repeat(3000));
        assertThat(PublicCode.parse(manyContacts).evidences().get("G3"))
                .as("an evidence text fits a mark's explanation")
                .hasSize(Limits.TEXT);
    }

    @Test
    void aPubliccodeFileFillsFactsAndEvidencesCriteria() {
        PublicCode.Facts f = PublicCode.parse(Samples.PUBLICCODE);
        assertThat(f.name()).isEqualTo("OS2forms");
        assertThat(f.licence()).isEqualTo("MPL-2.0");
        assertThat(f.usedBy()).hasSize(2);
        assertThat(f.evidences()).containsOnlyKeys("F1", "F2", "F5", "R3", "G3");
    }

    @Test
    void badYamlOrAnotherFileIsRefused() {
        assertThatThrownBy(() -> PublicCode.parse("name: [unclosed"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "invalid-yaml"));
        assertThatThrownBy(() -> PublicCode.parse("just: a map\n"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "not-publiccode"));
        assertThatThrownBy(
                        () -> PublicCode.parse(
                                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PublicCode.parse(" ")).isInstanceOf(ValidationException.class);
    }
}
