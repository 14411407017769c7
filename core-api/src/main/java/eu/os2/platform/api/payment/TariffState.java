package eu.os2.platform.api.payment;

/**
 * Where a tariff version stands.
 *
 * @since 0.1.0
 */
public enum TariffState {
    /** Being prepared; may be edited, compared with what-if, proposed to the general assembly. */
    DRAFT,
    /** Decided by the general assembly; immutable. A change is a new version. */
    ADOPTED
}
