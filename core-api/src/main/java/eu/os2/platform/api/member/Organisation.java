package eu.os2.platform.api.member;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisation known to the platform: a member, a former member, a possible member (any of the
 * 98 municipalities) or a supplier partner.
 *
 * @param id stable platform identifier
 * @param cvr the Danish business registration number, 8 digits with a valid modulus-11 check
 * @param ean the EAN/GLN location number used for electronic invoices (13 digits), or {@code null}
 * @param name the organisation's name, e.g. {@code "Aarhus Kommune"}
 * @param kind what kind of body it is
 * @param municipalityCode the municipality code (kommunekode) for a municipality, else {@code null}
 * @param region the region it lies in, or {@code null}
 * @param population inhabitants where known (municipalities and regions), else {@code null}
 * @param sizeTier the OS2 size tier: from the population where known, otherwise set by judgement;
 *     {@code null} when neither is known
 * @param membership the membership or partner agreement, or {@code null} when it has none
 * @param version optimistic-locking version, increased by every change
 * @since 0.1.0
 */
public record Organisation(
        long id,
        String cvr,
        String ean,
        String name,
        OrganisationKind kind,
        Integer municipalityCode,
        String region,
        Long population,
        SizeTier sizeTier,
        Membership membership,
        long version) {

    /** @throws NullPointerException if cvr, name or kind is null */
    public Organisation {
        Objects.requireNonNull(cvr, "cvr");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** @return the membership if the organisation has one */
    public Optional<Membership> currentMembership() {
        return Optional.ofNullable(membership);
    }

    /** @return whether the organisation is an active member, not counting supplier partners */
    public boolean isActiveMember() {
        return kind.isPublicAuthority() && membership != null && membership.status() == MembershipStatus.ACTIVE;
    }

    /**
     * One vote per member organisation: only an active member that is a public authority votes.
     *
     * @return whether the organisation holds a vote at the general assembly
     */
    public boolean hasVotingRight() {
        return isActiveMember();
    }
}
