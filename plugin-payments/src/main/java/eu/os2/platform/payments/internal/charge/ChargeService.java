package eu.os2.platform.payments.internal.charge;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.api.payment.InvoiceKind;
import eu.os2.platform.api.payment.TariffVersion;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.Charge;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.Reports.MemberCharge;
import eu.os2.platform.payments.internal.model.Subscription;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What an organisation is charged for a year, as its invoice would show it: shared by the fees view, the run and the credit note. */
public interface ChargeService {

    /** @return the calculator's charge with the problems that stop an e-invoice added (no EAN/GLN, no billing details) */
    Charge charge(FeeCalculator calculator, Billable member, List<Subscription> subscriptions, int year);

    /** @return the unnumbered invoice for a charge issued on a day, with the configured VAT and payment terms */
    Invoice draft(Charge charge, LocalDate issued);

    /** @return a charge as a row of the dry run */
    MemberCharge memberCharge(Charge charge, boolean alreadyIssued, LocalDate today);

    /**
     * @return what one organisation pays for the year and why: for an organisation already invoiced,
     *     its issued invoice as it was issued (the frozen facts: tariff version, index, population);
     *     else as its invoice would show it today
     */
    MemberCharge feesOf(long organisationId, int year);

    /**
     * @return the tariff version a year is charged under: the one its issued invoices were issued
     *     under, once there are any; before that the version in force on 1 January
     */
    TariffVersion tariffOf(int year);

    /** @return an issued invoice as a row of the fees view: its own lines and totals, nothing recomputed */
    MemberCharge issued(Invoice invoice);

    /**
     * @return the invoice that stands for each organisation's year: the latest one not credited, else
     *     the latest one (credited without a new one)
     */
    static Map<Long, Invoice> standing(List<Invoice> invoicesOfYear) {
        Map<Long, Invoice> result = new HashMap<>();
        for (Invoice i : invoicesOfYear) {
            if (i.kind() != InvoiceKind.INVOICE) {
                continue;
            }
            result.merge(i.organisationId(), i, (a, b) -> {
                boolean aOpen = a.creditNoteId() == null;
                boolean bOpen = b.creditNoteId() == null;
                if (aOpen != bOpen) {
                    return aOpen ? a : b;
                }
                return a.number() >= b.number() ? a : b;
            });
        }
        return result;
    }
}
