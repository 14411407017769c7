package eu.os2.platform.api.payment;

/**
 * The kinds of document the invoice run and the secretariat issue.
 *
 * @since 0.1.0
 */
public enum InvoiceKind {
    /** The yearly consolidated invoice: membership fee, product fees, joining fees. */
    INVOICE,
    /** Cancels an issued invoice in full; its lines are the invoice's lines negated. */
    CREDIT_NOTE
}
