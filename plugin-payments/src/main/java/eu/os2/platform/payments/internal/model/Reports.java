package eu.os2.platform.payments.internal.model;

import eu.os2.platform.api.member.SizeTier;
import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.payment.InvoiceLine;
import java.time.Instant;
import java.util.List;

/** What the payments plugin reports to the console, REST and shell. */
public final class Reports {

    private Reports() {}

    /**
     * One organisation in a dry run or an invoice run.
     *
     * @param organisationId the organisation
     * @param name its name
     * @param lines the lines it would be invoiced
     * @param lineTotal their sum, excluding VAT
     * @param total including VAT
     * @param alreadyIssued whether the year's invoice is already issued (the run skips it)
     * @param warnings facts to check
     * @param problems what stops its invoice
     */
    public record MemberCharge(
            long organisationId,
            String name,
            List<InvoiceLine> lines,
            Money lineTotal,
            Money total,
            boolean alreadyIssued,
            List<String> warnings,
            List<String> problems) {}

    /**
     * A dry run: what the invoice run for the year would issue, issuing nothing.
     *
     * @param year the year
     * @param tariffId the tariff version applied
     * @param tariffName its name
     * @param toIssue how many invoices the run would create now
     * @param alreadyIssued how many organisations already hold the year's invoice
     * @param withProblems how many cannot be invoiced until their problems are solved
     * @param lineTotal the sum of the invoices to create, excluding VAT
     * @param total including VAT
     * @param members every organisation that owes something or has a problem
     */
    public record Preview(
            int year,
            long tariffId,
            String tariffName,
            int toIssue,
            int alreadyIssued,
            int withProblems,
            Money lineTotal,
            Money total,
            List<MemberCharge> members) {}

    /** The states of an invoice run. */
    public enum RunState {
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * An invoice run's progress and outcome.
     *
     * @param id the run's id (per node)
     * @param year the year
     * @param state running, done or failed
     * @param members how many organisations it goes through
     * @param done how many it has gone through
     * @param created invoices it created
     * @param skipped organisations that already had the year's invoice
     * @param withProblems organisations it could not invoice
     * @param total the amount it invoiced, including VAT
     * @param problems the problems by organisation name
     * @param error why it failed, if it did
     * @param startedBy who started it
     * @param started when
     * @param finished when, or null
     */
    public record RunStatus(
            long id,
            int year,
            RunState state,
            int members,
            int done,
            int created,
            int skipped,
            int withProblems,
            Money total,
            List<String> problems,
            String error,
            String startedBy,
            Instant started,
            Instant finished) {}

    /**
     * One organisation in a what-if comparison.
     *
     * @param organisationId the organisation
     * @param name its name
     * @param tier its size tier for the year, if it has product subscriptions
     * @param current what it pays under the tariff in force, excluding VAT
     * @param draft what it would pay under the draft
     * @param change {@code draft - current}
     */
    public record WhatIfRow(
            long organisationId, String name, SizeTier tier, Money current, Money draft, Money change) {}

    /**
     * What a draft tariff would change for a year.
     *
     * @param year the year compared
     * @param currentTariff the version in force (name)
     * @param draftTariff the draft (name)
     * @param proposalRef the draft's assembly proposal reference, if published
     * @param currentTotal everyone's total under the version in force
     * @param draftTotal under the draft
     * @param change {@code draftTotal - currentTotal}
     * @param associationIncomeChange the change in the association's own income (membership fees,
     *     partner fees and product contributions)
     * @param rows every organisation that pays something under either
     */
    public record WhatIf(
            int year,
            String currentTariff,
            String draftTariff,
            String proposalRef,
            Money currentTotal,
            Money draftTotal,
            Money change,
            Money associationIncomeChange,
            List<WhatIfRow> rows) {}

    /**
     * The association's economy for a year, by the chart of accounts.
     *
     * @param year the year
     * @param membershipFees membership fees invoiced (after credit notes)
     * @param otherIncome other income: entered, plus supplier-partner fees invoiced
     * @param productContributions the products' contributions to the association
     * @param income the association's income: the three above
     * @param expenses expenses entered
     * @param result {@code income - expenses}
     * @param reserve the reserve at the end of the year: opening balances entered plus every result so far
     * @param reserveTarget the configured target
     * @param reserveGap {@code reserve - reserveTarget} (negative: below target)
     * @param productYearlyFees product income: yearly fees invoiced
     * @param productJoiningFees product income: joining fees invoiced
     */
    public record EconomyYear(
            int year,
            Money membershipFees,
            Money otherIncome,
            Money productContributions,
            Money income,
            Money expenses,
            Money result,
            Money reserve,
            Money reserveTarget,
            Money reserveGap,
            Money productYearlyFees,
            Money productJoiningFees) {}
}
