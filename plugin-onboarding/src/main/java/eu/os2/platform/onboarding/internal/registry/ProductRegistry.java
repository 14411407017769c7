package eu.os2.platform.onboarding.internal.registry;

import eu.os2.platform.api.product.Product;
import eu.os2.platform.api.product.ProductService;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.onboarding.internal.ProductChange;
import eu.os2.platform.onboarding.internal.model.HistoryEntry;
import java.util.List;
import java.util.Map;

/** The registry of products, ideas and projects: the published {@link ProductService} and the plugin's own changes. */
public interface ProductRegistry extends ProductService {

    /** @return the product, or NoSuchElementException */
    Product require(long id);

    /** @return the names of the product's owning and supporting organisations, by id (one no longer in the directory is left out) */
    Map<Long, String> organisationNames(Product p);

    /** @return whether the organisation is in the member directory and a public authority (it counts at the gates) */
    boolean isPublicAuthority(long organisationId);

    /**
     * Registers an idea: the secretariat, or a member's representative with its own organisation as the
     * only owner, no supporters and no gate facts.
     */
    Product register(ProductChange change, PlatformUser actor);

    /**
     * Changes the product's editable fields: the secretariat, or the product's coordinator (who may not
     * change owners, supporters or the gate facts).
     */
    Product update(long id, long expectedVersion, ProductChange change, PlatformUser actor);

    /** @return the product's history, newest first */
    List<HistoryEntry> history(long productId);
}
