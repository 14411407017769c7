package eu.os2.platform.api.payment;

/**
 * The buyer as printed on an issued invoice: a copy taken when the invoice was issued, so later
 * changes to the member directory do not change issued invoices.
 *
 * @param name the organisation's name
 * @param cvr its CVR number
 * @param ean its EAN/GLN location number (the e-invoice endpoint)
 * @param orderReference the order or requisition number the buyer asked to have on its invoices
 * @param personReference the buyer's person reference (the contact who approves the invoice)
 * @param street street and number
 * @param postcode four-digit Danish postcode
 * @param city town
 * @since 0.1.0
 */
public record Buyer(
        String name,
        String cvr,
        String ean,
        String orderReference,
        String personReference,
        String street,
        String postcode,
        String city) {}
