package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.InvoiceLine;
import eu.os2.platform.api.payment.LineKind;
import java.util.List;

/**
 * The members' fees for a year (the dry run) as CSV: one row per organisation with the fee split by
 * kind, the totals and whether the year's invoice is issued; escaped against spreadsheet formulas as
 * {@link Csv} does.
 */
public final class FeesCsv {

    static final List<String> HEADER = List.of(
            "organisation_id",
            "navn",
            "kontingent",
            "aarligt_vederlag",
            "tilslutningsafgift",
            "partnerbidrag",
            "beloeb_ex_moms",
            "beloeb_inkl_moms",
            "udstedt",
            "problemer");

    private FeesCsv() {}

    /** @return the preview's organisations in its order */
    public static String write(Reports.Preview preview) {
        return Csv.write(HEADER, csv -> {
            for (Reports.MemberCharge m : preview.members()) {
                csv.printRecord(
                        m.organisationId(),
                        Csv.text(m.name()),
                        sum(m.lines(), LineKind.MEMBERSHIP_FEE),
                        sum(m.lines(), LineKind.PRODUCT_FEE),
                        sum(m.lines(), LineKind.JOINING_FEE),
                        sum(m.lines(), LineKind.SUPPLIER_PARTNER_FEE),
                        m.lineTotal(),
                        m.total(),
                        m.alreadyIssued() ? "ja" : "nej",
                        Csv.text(String.join(" ", m.problems())));
            }
        });
    }

    /** @return the sum of the organisation's lines of the kind */
    public static Money sum(List<InvoiceLine> lines, LineKind kind) {
        Money sum = Money.ZERO;
        for (InvoiceLine l : lines) {
            if (l.kind() == kind) {
                sum = sum.plus(l.amount());
            }
        }
        return sum;
    }
}
