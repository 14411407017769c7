package eu.os2.platform.payments.internal.store;

import eu.os2.platform.api.money.Money;

/** A ledger entry the secretariat records. */
public record LedgerEntry(long id, int year, String account, Money amount, String note, String recordedBy) {}
