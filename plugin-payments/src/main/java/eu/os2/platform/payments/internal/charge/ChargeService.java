package eu.os2.platform.payments.internal.charge;

import eu.os2.platform.api.payment.Invoice;
import eu.os2.platform.payments.internal.model.Billable;
import eu.os2.platform.payments.internal.model.Charge;
import eu.os2.platform.payments.internal.model.FeeCalculator;
import eu.os2.platform.payments.internal.model.Reports.MemberCharge;
import eu.os2.platform.payments.internal.model.Subscription;
import java.time.LocalDate;
import java.util.List;

/** What an organisation is charged for a year, as its invoice would show it: shared by the fees view, the run and the credit note. */
public interface ChargeService {

    /** @return the calculator's charge with the problems that stop an e-invoice added (no EAN/GLN, no billing details) */
    Charge charge(FeeCalculator calculator, Billable member, List<Subscription> subscriptions, int year);

    /** @return the unnumbered invoice for a charge issued on a day, with the configured VAT and payment terms */
    Invoice draft(Charge charge, LocalDate issued);

    /** @return a charge as a row of the dry run */
    MemberCharge memberCharge(Charge charge, boolean alreadyIssued, LocalDate today);

    /** @return what one organisation pays for the year and why, as its invoice would show it today */
    MemberCharge feesOf(long organisationId, int year);
}
