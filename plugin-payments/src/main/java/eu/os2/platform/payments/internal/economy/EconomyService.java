package eu.os2.platform.payments.internal.economy;

import eu.os2.platform.api.money.Money;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.payments.internal.model.Reports.EconomyYear;
import eu.os2.platform.payments.internal.model.Reports.WhatIf;
import eu.os2.platform.payments.internal.store.LedgerEntry;
import java.util.List;

/** The association's economy against the reserve target, its ledger, and what a draft tariff would change. */
public interface EconomyService {

    /** @return every year with issued invoices or ledger entries, ascending */
    List<EconomyYear> economy();

    List<LedgerEntry> ledger();

    /** Records a ledger entry: other income, expenses or an opening reserve. */
    LedgerEntry record(int year, String account, Money amount, String note, PlatformUser actor);

    /** Compares what every organisation pays for the year under the tariff in force and under a draft. */
    WhatIf whatIf(long draftId, int year);
}
