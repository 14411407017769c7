package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductLevel;
import java.util.List;

/** A product as {@code /onboarding/products} and the changes of a product answer it. */
public record ProductDto(
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

    static ProductDto of(Product p) {
        return new ProductDto(
                p.id(),
                p.name(),
                p.purpose(),
                p.repositoryUrl(),
                p.licence(),
                p.licenceBeingClarified(),
                p.step(),
                p.level(),
                p.owners(),
                p.supporters(),
                p.coordinator(),
                p.steeringGroup(),
                p.coordinationGroup(),
                p.suppliers(),
                p.links(),
                p.facts(),
                p.version());
    }
}
