package eu.os2.platform.onboarding.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import eu.os2.platform.api.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatesAndPublicCodeTest {

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
        assertThat(Gates.missing(Gates.Gate.PROJECT, product(null, false, List.of(), List.of(), List.of())))
                .containsExactly("open-licence", "public-owner", "governance-plan", "finance-plan", "shared-need");
        assertThat(Gates.missing(
                        Gates.Gate.PROJECT,
                        product(
                                null,
                                true,
                                List.of(1L),
                                List.of(),
                                List.of("governancePlan", "financePlan", "sharedNeed"))))
                .isEmpty();
    }

    @Test
    void theProductGateNeedsAnOsiLicenceAndTwoAuthorities() {
        List<String> all = List.of("governanceInPlace", "longTermFunding", "publicDocumentation", "roadmap");
        assertThat(Gates.missing(Gates.Gate.PRODUCT, product("Proprietary", false, List.of(1L), List.of(), all)))
                .containsExactly("osi-licence", "two-authorities");
        assertThat(Gates.missing(Gates.Gate.PRODUCT, product("MPL-2.0", false, List.of(1L), List.of(2L), all)))
                .isEmpty();
        assertThat(Gates.missing(
                        Gates.Gate.PRODUCT, product("MPL-2.0", false, List.of(1L), List.of(2L), List.of("roadmap"))))
                .containsExactly("governanceInPlace", "longTermFunding", "publicDocumentation");
        assertThat(Gates.gateInto(PipelineStep.PRE_ANALYSIS)).isEqualTo(Gates.Gate.PROJECT);
        assertThat(Gates.gateInto(PipelineStep.GOVERNANCE_FINANCE)).isNull();
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
