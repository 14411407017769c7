/**
 * OS2's products: the registry every plugin refers to (payments' product tariffs, voting's board
 * decisions, the strategy's links), with each product's place on the path from idea to product and
 * its maturity level. Read through {@link eu.os2.platform.api.product.ProductService}; link with a
 * {@link eu.os2.platform.api.ref.PlatformRef} of type {@code product} and the product's name.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.product;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
