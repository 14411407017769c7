package eu.os2.platform.onboarding.internal.pipeline;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.onboarding.internal.model.GateStatus;
import eu.os2.platform.onboarding.internal.model.Gates;
import java.util.Map;

/** The path from idea to product and its two gates, with explained exceptions (follow or explain). */
public interface Pipeline {

    /** @return per gate (by name, in the path's order): what is missing and the explained exception, if any */
    Map<String, GateStatus> gates(long productId);

    /** Moves a product one step on the path; a gate that is not met (and has no explained exception) stops it, saying what is missing. */
    Product advance(long id, long expectedVersion, PipelineStep to, PlatformUser actor);

    /** The secretariat records an explained exception to a gate. */
    void explain(long id, Gates.Gate gate, String explanation, PlatformUser actor);
}
