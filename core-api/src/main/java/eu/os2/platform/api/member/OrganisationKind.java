package eu.os2.platform.api.member;

/**
 * What kind of body an organisation is. Public authorities can be members with a vote; supplier
 * partners sign a partner agreement but are not members and never vote (OS2's statutes).
 *
 * @since 0.1.0
 */
public enum OrganisationKind {
    /** One of Denmark's 98 municipalities (kommune). */
    MUNICIPALITY,
    /** One of the five regions. */
    REGION,
    /** A state body (styrelse, agency, ministry). */
    STATE,
    /** Another public body, e.g. a joint municipal company such as KOMBIT or SKI. */
    OTHER_PUBLIC,
    /** A supplier that has signed a partner agreement; not a member, no vote. */
    SUPPLIER_PARTNER;

    /** @return whether an organisation of this kind is a public authority that may hold a vote */
    public boolean isPublicAuthority() {
        return this != SUPPLIER_PARTNER;
    }
}
