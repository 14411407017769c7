package eu.os2.platform.onboarding.internal.registry;

import static eu.os2.platform.onboarding.internal.Inputs.strings;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.user.AccessDeniedException;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.Role;
import eu.os2.platform.onboarding.internal.Access;
import eu.os2.platform.onboarding.internal.ProductChange;
import eu.os2.platform.onboarding.internal.model.Gates;
import eu.os2.platform.onboarding.internal.model.Limits;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Who may register and change what in a product, and the shape and length of every field, checked
 * before the database (issue 13, items 9 and 12).
 *
 * <p>Ownership and the gates' inputs are the secretariat's: a member representative registers an
 * idea with its own organisation as the only owner, naming no supporters and no gate facts; the
 * secretariat (or an administrator) records further owners, supporters — once the supporting
 * organisation has confirmed — and the facts it has checked. A product's coordinator edits the
 * other fields and may not change owners, supporters or facts.
 */
final class ProductChecks {

    private ProductChecks() {}

    /** @throws AccessDeniedException when the actor may not register this idea, saying why */
    static void mayRegister(ProductChange c, PlatformUser actor) {
        if (actor.hasRole(Role.SECRETARIAT)) {
            return;
        }
        if (!actor.roles().contains(Role.MEMBER_REPRESENTATIVE) || actor.organisationId() == null) {
            throw new AccessDeniedException("the secretariat or a member representative registers ideas");
        }
        if (!organisations(c.owners()).equals(Set.of(actor.organisationId()))) {
            throw new AccessDeniedException("a member representative registers ideas with its own organisation as the"
                    + " only owner; the secretariat records further owners");
        }
        if (!organisations(c.supporters()).isEmpty()) {
            throw new AccessDeniedException(
                    "supporters are recorded by the secretariat, once the supporting" + " organisation has confirmed");
        }
        if (!strings(c.facts()).isEmpty()) {
            throw new AccessDeniedException("the gates' facts are checked and set by the secretariat");
        }
    }

    /**
     * Checked after {@link Access#requireSecretariatOrCoordinator} and the fields' validation: a valid
     * change is compared with the stored product.
     *
     * @throws AccessDeniedException when a coordinator changes owners, supporters or the gate facts
     */
    static void mayChangeOwnership(Product before, ProductChange c, PlatformUser actor) {
        if (actor.hasRole(Role.SECRETARIAT)) {
            return;
        }
        if (!organisations(c.owners()).equals(new HashSet<>(before.owners()))) {
            throw new AccessDeniedException("only the secretariat changes a product's owners");
        }
        if (!organisations(c.supporters()).equals(new HashSet<>(before.supporters()))) {
            throw new AccessDeniedException("only the secretariat changes a product's supporters");
        }
        if (!new HashSet<>(strings(c.facts())).equals(new HashSet<>(before.facts()))) {
            throw new AccessDeniedException("the gates' facts are checked and set by the secretariat");
        }
    }

    /** @return whether the change touches the organisations that count at the gates */
    static boolean ownershipChanged(Product before, Product after) {
        return !new HashSet<>(before.owners()).equals(new HashSet<>(after.owners()))
                || !new HashSet<>(before.supporters()).equals(new HashSet<>(after.supporters()));
    }

    /**
     * @param known whether an organisation (by id) is in the member directory
     * @return field → code for every field in error: {@code required}, {@code too-long}, {@code
     *     too-many}, {@code invalid-url}, {@code unknown-organisation}, {@code unknown-fact}, {@code
     *     invalid-ref}
     */
    static Map<String, String> errors(ProductChange c, LongPredicate known) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.name() == null || c.name().isBlank()) {
            errors.put("name", "required");
        } else if (c.name().strip().length() > Limits.NAME || c.name().contains("\n")) {
            errors.put("name", "too-long");
        }
        if (c.purpose() != null && c.purpose().strip().length() > Limits.TEXT) {
            errors.put("purpose", "too-long");
        }
        if (c.repositoryUrl() != null && !c.repositoryUrl().isBlank()) {
            String url = c.repositoryUrl().strip();
            if (url.length() > Limits.URL) {
                errors.put("repositoryUrl", "too-long");
            } else if (!url.matches(Limits.HTTPS)) {
                errors.put("repositoryUrl", "invalid-url");
            }
        }
        if (c.licence() != null
                && (c.licence().strip().length() > Limits.LICENCE || c.licence().contains("\n"))) {
            errors.put("licence", "too-long");
        }
        if (c.coordinator() != null
                && (c.coordinator().strip().length() > Limits.PERSON
                        || c.coordinator().contains("\n"))) {
            errors.put("coordinator", "too-long");
        }
        organisations("owners", c.owners(), known, errors);
        organisations("supporters", c.supporters(), known, errors);
        list("steeringGroup", c.steeringGroup(), Limits.PERSON, Limits.LIST, errors);
        list("coordinationGroup", c.coordinationGroup(), Limits.PERSON, Limits.LIST, errors);
        list("suppliers", c.suppliers(), Limits.PERSON, Limits.LIST, errors);
        list("links", c.links(), Limits.LINK, Limits.LINKS, errors);
        for (String f : strings(c.facts())) {
            if (!Gates.FACTS.contains(f)) {
                errors.put("facts", "unknown-fact");
            }
        }
        if (!errors.containsKey("links")) {
            for (String link : strings(c.links())) {
                try {
                    PlatformRef.parse(link);
                } catch (IllegalArgumentException e) {
                    errors.put("links", "invalid-ref");
                }
            }
        }
        return errors;
    }

    private static Set<Long> organisations(List<Long> ids) {
        Set<Long> set = new HashSet<>();
        if (ids != null) {
            ids.forEach(set::add);
        }
        return set;
    }

    private static void organisations(String field, List<Long> ids, LongPredicate known, Map<String, String> errors) {
        if (ids == null) {
            return;
        }
        List<Long> distinct = ids.stream().distinct().toList();
        if (String.join("\n", distinct.stream().map(String::valueOf).toList()).length() > Limits.LIST) {
            errors.put(field, "too-many");
        } else if (distinct.stream().anyMatch(id -> Objects.isNull(id) || !known.test(id))) {
            errors.put(field, "unknown-organisation");
        }
    }

    private static void list(String field, List<String> values, int each, int all, Map<String, String> errors) {
        List<String> kept = strings(values);
        if (kept.stream().anyMatch(v -> v.length() > each)
                || String.join("\n", kept).length() > all) {
            errors.put(field, "too-long");
        }
    }
}
