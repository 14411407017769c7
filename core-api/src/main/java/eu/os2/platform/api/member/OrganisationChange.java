package eu.os2.platform.api.member;

import java.time.LocalDate;

/**
 * The editable fields of an organisation, as a whole. Used for creation and for updates, where
 * every field replaces the stored one.
 *
 * @param cvr 8 digits with a valid modulus-11 check
 * @param ean 13 digits with a valid GS1 check digit, or {@code null}
 * @param name not blank, at most 200 characters
 * @param kind not null
 * @param municipalityCode required for, and only allowed on, a municipality
 * @param region optional
 * @param population not negative, or {@code null} when unknown
 * @param manualSizeTier the tier set by judgement; only allowed when the population is unknown
 * @param joined membership start date; {@code null} together with {@code status} means no membership
 * @param status membership status; {@code null} together with {@code joined} means no membership
 * @since 0.1.0
 */
public record OrganisationChange(
        String cvr,
        String ean,
        String name,
        OrganisationKind kind,
        Integer municipalityCode,
        String region,
        Long population,
        SizeTier manualSizeTier,
        LocalDate joined,
        MembershipStatus status) {}
