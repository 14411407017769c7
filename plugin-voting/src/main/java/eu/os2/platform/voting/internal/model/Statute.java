package eu.os2.platform.voting.internal.model;

/**
 * The statute provisions the platform enforces, each with the Danish wording it cites when it
 * refuses something. The id is the error code the REST API returns (e.g. {@code statutes.notice}).
 */
public enum Statute {
    ORDINARY_MONTHS("statutes.ordinary-months", "Den ordinære generalforsamling afholdes hvert år i april eller maj."),
    NOTICE("statutes.notice", "Generalforsamlingen indkaldes med mindst 1 måneds varsel."),
    EXTRAORDINARY_NOTICE(
            "statutes.extraordinary-notice",
            "En ekstraordinær generalforsamling indkaldes med mindst 14 dages varsel."),
    EXTRAORDINARY_WITHIN(
            "statutes.extraordinary-within",
            "En ekstraordinær generalforsamling afholdes senest 4 uger efter indkaldelsen."),
    PROPOSALS_DUE(
            "statutes.proposals-due", "Forslag skal være bestyrelsen i hænde senest 2 uger før generalforsamlingen."),
    MATERIAL_DUE("statutes.material-due", "Materialet udsendes til medlemmerne senest 8 dage før generalforsamlingen."),
    ONE_VOTE("statutes.one-vote", "Hver medlemsorganisation har én stemme; leverandørpartnere har ikke stemmeret."),
    UNPAID("statutes.unpaid", "Et medlem, der ikke har betalt efter rykker, betragtes som udtrådt."),
    SIMPLE_MAJORITY("statutes.simple-majority", "Generalforsamlingen træffer beslutning med simpelt flertal."),
    QUALIFIED_MAJORITY(
            "statutes.qualified-majority",
            "Vedtægtsændringer og opløsning kræver 2/3 af de fremmødte stemmeberettigede medlemmer."),
    ONE_SEAT("statutes.one-seat", "Hver medlemsorganisation kan højst have én plads i bestyrelsen."),
    CHAIR_ODD_YEARS(
            "statutes.chair-odd-years",
            "Formanden vælges i ulige år for 2 år; halvdelen af bestyrelsen vælges hvert år."),
    EXCLUSION(
            "statutes.exclusion",
            "Bestyrelsens eksklusion af et medlem skal bekræftes af den næste generalforsamling."),
    MINUTES("statutes.minutes", "Referatet offentliggøres senest 2 uger efter generalforsamlingen."),
    EXTRAORDINARY_REQUEST(
            "statutes.extraordinary-request",
            "Bestyrelsen skal indkalde til ekstraordinær generalforsamling, når mindst 1/3 af de stemmeberettigede medlemmer ønsker det."),
    PROXIES("statutes.proxies", "Stemmeafgivning ved fuldmagt er ikke tilladt efter den gældende regelversion.");

    private final String code;
    private final String danish;

    Statute(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    /** @return the error code, e.g. {@code statutes.notice} */
    public String code() {
        return code;
    }

    /** @return the provision in Danish */
    public String danish() {
        return danish;
    }
}
