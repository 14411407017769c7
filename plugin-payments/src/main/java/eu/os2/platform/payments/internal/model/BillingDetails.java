package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.member.SizeTier;

/**
 * What the secretariat keeps per organisation for invoicing, beside the member directory.
 *
 * @param organisationId the organisation
 * @param orderReference the order or requisition number to print on its invoices
 * @param personReference its person reference (who approves the invoice)
 * @param street street and number
 * @param postcode Danish postcode, four digits
 * @param city town
 * @param manualTier for a member that is not a municipality: the size tier set by judgement, else {@code null}
 * @param tierReason why that tier (required with a manual tier)
 * @param version optimistic-locking version (0 when nothing is stored yet)
 */
public record BillingDetails(
        long organisationId,
        String orderReference,
        String personReference,
        String street,
        String postcode,
        String city,
        SizeTier manualTier,
        String tierReason,
        long version) {

    /** @return empty details for an organisation that has none stored */
    public static BillingDetails none(long organisationId) {
        return new BillingDetails(organisationId, null, null, null, null, null, null, null, 0);
    }
}
