package eu.os2.platform.api.payment;

/**
 * What an invoice line charges; also the chart-of-accounts line its income is booked on.
 *
 * @since 0.1.0
 */
public enum LineKind {
    /** The membership fee (kontingent): association income. */
    MEMBERSHIP_FEE,
    /** A supplier partner's fee: association income. */
    SUPPLIER_PARTNER_FEE,
    /** A product's yearly fee (vederlag): product income, of which the contribution goes to the association. */
    PRODUCT_FEE,
    /** A product's one-off joining fee (tilslutningsafgift): product income. */
    JOINING_FEE
}
