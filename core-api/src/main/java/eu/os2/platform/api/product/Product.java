package eu.os2.platform.api.product;

import java.util.List;

/**
 * A product (or an idea or project on its way to being one).
 *
 * @param id stable identifier
 * @param name e.g. {@code "OS2forms"}; unique
 * @param purpose what it is for
 * @param repositoryUrl where its code lives, or null
 * @param licence SPDX id, e.g. {@code "MPL-2.0"}, or null
 * @param licenceBeingClarified whether an open licence is being clarified
 * @param step where it is on the path
 * @param level its maturity level (sandbox until a level is decided)
 * @param owners the owning authorities (organisation ids)
 * @param supporters further supporting authorities (organisation ids)
 * @param coordinator the product coordinator's username, or null
 * @param steeringGroup the steering group's members (names)
 * @param coordinationGroup the coordination group's members (names)
 * @param suppliers suppliers (names)
 * @param links links to initiatives and other objects ({@code type:id})
 * @param facts what the gates ask for that is not a field: governancePlan, financePlan, sharedNeed,
 *     governanceInPlace, longTermFunding, publicDocumentation, roadmap
 * @param version optimistic-locking version
 * @since 0.1.0
 */
public record Product(
        long id,
        String name,
        String purpose,
        String repositoryUrl,
        String licence,
        boolean licenceBeingClarified,
        PipelineStep step,
        ProductLevel level,
        List<Long> owners,
        List<Long> supporters,
        String coordinator,
        List<String> steeringGroup,
        List<String> coordinationGroup,
        List<String> suppliers,
        List<String> links,
        List<String> facts,
        long version) {

    /** Copies the lists. */
    public Product {
        owners = List.copyOf(owners);
        supporters = List.copyOf(supporters);
        steeringGroup = List.copyOf(steeringGroup);
        coordinationGroup = List.copyOf(coordinationGroup);
        suppliers = List.copyOf(suppliers);
        links = List.copyOf(links);
        facts = List.copyOf(facts);
    }

    /** @return its stage */
    public ProductStage stage() {
        return step.stage();
    }
}
