package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.MembershipStatus;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import java.time.LocalDate;

/**
 * An organisation as the fee calculation sees it: the directory's facts and the billing details.
 *
 * @param organisationId the organisation
 * @param name its name
 * @param cvr its CVR number
 * @param ean its EAN/GLN, or null
 * @param kind what kind of body it is
 * @param municipalityCode for a municipality, its code
 * @param directoryTier the size tier in the member directory, or null
 * @param membership its membership or partner agreement, or null
 * @param billing its billing details
 */
public record Billable(
        long organisationId,
        String name,
        String cvr,
        String ean,
        OrganisationKind kind,
        Integer municipalityCode,
        SizeTier directoryTier,
        Membership membership,
        BillingDetails billing) {

    /** @return the organisation with its billing details */
    public static Billable of(Organisation o, BillingDetails billing) {
        return new Billable(
                o.id(),
                o.name(),
                o.cvr(),
                o.ean(),
                o.kind(),
                o.municipalityCode(),
                o.sizeTier(),
                o.membership(),
                billing == null ? BillingDetails.none(o.id()) : billing);
    }

    /** @return whether it is a member (not a supplier partner, not withdrawn) on some day of the year */
    public boolean memberIn(int year) {
        return kind.isPublicAuthority()
                && membership != null
                && membership.status() != MembershipStatus.WITHDRAWN
                && !membership.joined().isAfter(LocalDate.of(year, 12, 31));
    }
}
