package eu.os2.platform.api.product;

/**
 * Idea, project or product.
 *
 * @since 0.1.0
 */
public enum ProductStage {
    IDEA,
    PROJECT,
    PRODUCT
}
