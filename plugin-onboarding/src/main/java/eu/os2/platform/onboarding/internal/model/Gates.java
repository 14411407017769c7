package eu.os2.platform.onboarding.internal.model;

import eu.os2.platform.api.product.PipelineStep;
import eu.os2.platform.api.product.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * The two gates on OS2's path. Entry as a project (into pre-analysis): an open licence or one being
 * clarified, at least one public owner, a preliminary governance and finance plan, a need shared
 * across authorities. Entry as a product: an OSI licence, at least two authorities, governance in
 * place, long-term funding, public documentation and a roadmap. A gate that is not met says what is
 * missing, as codes.
 *
 * <p>Who counts as an authority (issue 13, item 8): a distinct organisation in the member directory
 * whose kind is a public authority ({@link eu.os2.platform.api.member.OrganisationKind#isPublicAuthority()}:
 * municipality, region, state body, other public body). The project gate counts the owners; the
 * product gate counts owners and supporters together, each organisation once, so a municipality
 * that both owns and supports counts once, and a supplier partner never counts.
 */
public final class Gates {

    /** OSI-approved licences accepted (SPDX ids); MPL-2.0 is OS2's default. */
    public static final Set<String> OSI = Set.of(
            "MPL-2.0",
            "EUPL-1.2",
            "GPL-2.0-only",
            "GPL-2.0-or-later",
            "GPL-3.0-only",
            "GPL-3.0-or-later",
            "AGPL-3.0-only",
            "AGPL-3.0-or-later",
            "LGPL-2.1-only",
            "LGPL-2.1-or-later",
            "LGPL-3.0-only",
            "LGPL-3.0-or-later",
            "MIT",
            "Apache-2.0",
            "BSD-2-Clause",
            "BSD-3-Clause",
            "EPL-2.0",
            "GPL-3.0",
            "AGPL-3.0",
            "LGPL-3.0",
            "GPL-2.0");

    /** The gate entering a step, or null when the step has none. */
    public enum Gate {
        PROJECT,
        PRODUCT
    }

    private Gates() {}

    /** @return the gate passed when entering the step, or null */
    public static Gate gateInto(PipelineStep step) {
        return switch (step) {
            case PRE_ANALYSIS -> Gate.PROJECT;
            case PRODUCT -> Gate.PRODUCT;
            default -> null;
        };
    }

    /** The fewest authorities each gate needs: one public owner for a project, two for a product. */
    public static int authoritiesNeeded(Gate gate) {
        return gate == Gate.PROJECT ? 1 : 2;
    }

    /**
     * @param publicAuthority whether an organisation (by id) is a public authority in the member directory
     * @return the distinct public authorities that count at the gate: the owners for a project, owners
     *     and supporters together for a product
     */
    public static long authorities(Gate gate, Product p, LongPredicate publicAuthority) {
        Stream<Long> counted = gate == Gate.PROJECT
                ? p.owners().stream()
                : Stream.concat(p.owners().stream(), p.supporters().stream());
        return counted.filter(Objects::nonNull)
                .distinct()
                .filter(id -> publicAuthority.test(id))
                .count();
    }

    /**
     * @param publicAuthority whether an organisation (by id) is a public authority in the member directory
     * @return what is missing for the gate, empty when it is met
     */
    public static List<String> missing(Gate gate, Product p, LongPredicate publicAuthority) {
        List<String> missing = new ArrayList<>();
        boolean enoughAuthorities = authorities(gate, p, publicAuthority) >= authoritiesNeeded(gate);
        if (gate == Gate.PROJECT) {
            if ((p.licence() == null || p.licence().isBlank()) && !p.licenceBeingClarified()) {
                missing.add("open-licence");
            }
            if (!enoughAuthorities) {
                missing.add("public-owner");
            }
            if (!p.facts().contains("governancePlan")) {
                missing.add("governance-plan");
            }
            if (!p.facts().contains("financePlan")) {
                missing.add("finance-plan");
            }
            if (!p.facts().contains("sharedNeed")) {
                missing.add("shared-need");
            }
        } else {
            if (p.licence() == null || !OSI.contains(p.licence().trim())) {
                missing.add("osi-licence");
            }
            if (!enoughAuthorities) {
                missing.add("two-authorities");
            }
            for (String fact : List.of("governanceInPlace", "longTermFunding", "publicDocumentation", "roadmap")) {
                if (!p.facts().contains(fact)) {
                    missing.add(fact);
                }
            }
        }
        return missing;
    }

    /** The facts a product may have (the gates' checklist beside the fields). */
    public static final List<String> FACTS = List.of(
            "governancePlan",
            "financePlan",
            "sharedNeed",
            "governanceInPlace",
            "longTermFunding",
            "publicDocumentation",
            "roadmap");
}
