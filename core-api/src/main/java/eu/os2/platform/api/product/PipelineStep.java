package eu.os2.platform.api.product;

/**
 * OS2's path from a local idea to a shared product.
 *
 * @since 0.1.0
 */
public enum PipelineStep {
    IDEA(ProductStage.IDEA),
    DIALOGUE(ProductStage.IDEA),
    PRE_ANALYSIS(ProductStage.PROJECT),
    GOVERNANCE_FINANCE(ProductStage.PROJECT),
    BOARD_APPROVAL(ProductStage.PROJECT),
    PRODUCT(ProductStage.PRODUCT);

    private final ProductStage stage;

    PipelineStep(ProductStage stage) {
        this.stage = stage;
    }

    /** @return the stage this step belongs to */
    public ProductStage stage() {
        return stage;
    }
}
