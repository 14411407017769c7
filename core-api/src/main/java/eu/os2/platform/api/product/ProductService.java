package eu.os2.platform.api.product;

import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.ref.PlatformRef;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The product registry, implemented by the onboarding plugin.
 *
 * @since 0.1.0
 */
@ProviderType
public interface ProductService {

    /** Topic: a product's level changed. Properties: id, actor, level, previousLevel. */
    String TOPIC_LEVEL_CHANGED = EventTopics.topic("onboarding", "LEVEL_CHANGED");
    /** Topic: a product passed a gate into the next stage. Properties: id, actor, step, exception (true when by an explained exception). */
    String TOPIC_GATE_PASSED = EventTopics.topic("onboarding", "GATE_PASSED");

    /** @return every product, by name */
    List<Product> products();

    /** @return the product, if it exists */
    Optional<Product> product(long id);

    /** @return the product with the name (as in a {@code product:<name>} reference), if any */
    Optional<Product> byName(String name);

    /** @return the product a reference of type {@link PlatformRef#PRODUCT} points to, if any */
    default Optional<Product> product(PlatformRef ref) {
        return PlatformRef.PRODUCT.equals(ref.type()) ? byName(ref.id()) : Optional.empty();
    }
}
