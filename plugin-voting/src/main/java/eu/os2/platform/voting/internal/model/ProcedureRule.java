package eu.os2.platform.voting.internal.model;

/**
 * The platform's own rules of procedure beside the statutes, which every rule set applies and the
 * API and console show, in Danish and English. The code is also the error code of a refusal under
 * the rule where there is one.
 */
public enum ProcedureRule {
    CHECK_IN_BEFORE_VOTE(
            "rules.check-in-before-vote",
            "En medlemsorganisation stemmer kun, mens den er meldt fremmødt (selv eller ved fuldmagt); en stemme fra en"
                    + " organisation, der ikke er meldt fremmødt eller har meldt sig ud, afvises.",
            "A member organisation votes only while it is checked in (itself or by proxy); a vote from an organisation"
                    + " that has not checked in, or has checked out, is refused."),
    TIE_AT_LAST_SEAT(
            "rules.tie-at-last-seat",
            "Står to kandidater lige om en plads — også kandidater fra samme organisation — er der stemmelighed: valget"
                    + " er ikke afgjort, og dirigenten afgør ved lodtrækning. Rækkefølgen på stemmesedlen afgør aldrig.",
            "When two candidates are level for a seat — also candidates of the same organisation — it is a tie: the"
                    + " election is not decided, and the chair of the meeting draws lots. The order on the ballot never"
                    + " decides."),
    RESULT_AT_CLOSE(
            "rules.result-at-close",
            "Resultatet opgøres, når afstemningen lukker, med de fremmødte og stemmeberettigede på det tidspunkt — et"
                    + " medlem, der har stemt, regnes som fremmødt, også hvis det har meldt afgang; senere fremmøde eller"
                    + " nye medlemmer ændrer det ikke.",
            "The result is counted when the ballot closes, with the members present and with a vote at that moment — a"
                    + " member that has voted counts as present, also after checking out; later check-ins or new members"
                    + " do not change it.");

    private final String code;
    private final String danish;
    private final String english;

    ProcedureRule(String code, String danish, String english) {
        this.code = code;
        this.danish = danish;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }

    public String english() {
        return english;
    }
}
