package eu.os2.platform.payments.internal.model;

import java.util.List;

/**
 * A what-if comparison as CSV: one row per organisation with what it pays now, with the draft and the
 * change; escaped against spreadsheet formulas as {@link Csv} does.
 */
public final class WhatIfCsv {

    static final List<String> HEADER = List.of(
            "organisation_id",
            "navn",
            "stoerrelse",
            "gaeldende_takst",
            "kladde",
            "aendring",
            "aar",
            "takst",
            "kladdens_navn");

    private WhatIfCsv() {}

    /** @return the comparison's organisations in its order */
    public static String write(Reports.WhatIf w) {
        return Csv.write(HEADER, csv -> {
            for (Reports.WhatIfRow r : w.rows()) {
                csv.printRecord(
                        r.organisationId(),
                        Csv.text(r.name()),
                        r.tier() == null ? null : Csv.text(r.tier().danishName()),
                        r.current(),
                        r.draft(),
                        r.change(),
                        w.year(),
                        Csv.text(w.currentTariff()),
                        Csv.text(w.draftTariff()));
            }
        });
    }
}
