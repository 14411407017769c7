// Texts of the payment pages, Danish first. Error codes come from the REST API's field errors.
const TEXTS = {
  da: {
    payments: 'Betaling', tariffs: 'Takster', fees: 'Medlemmernes betaling', run: 'Fakturakørsel', invoices: 'Fakturaer',
    economy: 'Foreningens økonomi', whatIf: 'Konsekvensberegning', population: 'Befolkningstal', myOrganisation: 'Min organisations betaling',
    name: 'Navn', effectiveFrom: 'Gælder fra', state: 'Status', DRAFT: 'Kladde', ADOPTED: 'Vedtaget', decisionRef: 'Beslutning',
    proposalRef: 'Forslag til generalforsamlingen', membershipFee: 'Kontingent', indexBaseYear: 'Indeks-basisår', indexBaseYearHint: 'Tom = kontingentet indekseres ikke.', notIndexed: 'Ikke indekseret',
    supplierPartnerFee: 'Partnerbidrag', products: 'Produkter', product: 'Produkt', tier: 'Størrelse',
    SMALL: 'Lille (under 25.000)', MEDIUM: 'Mellem (25.000–60.000)', LARGE: 'Stor (60.001–120.000)', VERY_LARGE: 'Meget stor (over 120.000)',
    memberFee: 'Medlemspris', nonMemberFee: 'Ikke-medlemspris', joiningFee: 'Tilslutningsafgift', passive: 'Passiv andel',
    contributionRate: 'Bidragssats (%)', addProduct: 'Tilføj produkt', registryHint: 'Et produkt i en takst skal findes i produktoversigten; feltet foreslår navnene.', removeProduct: 'Fjern produkt', newProduct: 'Nyt produkt', newDraft: 'Ny kladde ud fra denne', edit: 'Redigér kladde', adopt: 'Vedtag',
    adoptHelp: 'En vedtaget takst kan ikke ændres. Vælg generalforsamlingens beslutning om kontingent og takster (den skal være vedtaget).',
    save: 'Gem', cancel: 'Annullér', saved: 'Gemt.', adopted: 'Taksten er vedtaget.', year: 'År', show: 'Vis',
    dryRun: 'Prøvekørsel', issue: 'Udsted fakturaer', issuing: 'Udsteder fakturaer…', runDone: 'Fakturakørslen er færdig.',
    runFailed: 'Fakturakørslen fejlede, intet er udstedt', toIssue: 'Fakturaer der udstedes', alreadyIssued: 'Allerede udstedt',
    withProblems: 'Kan ikke faktureres endnu', exVat: 'Beløb ekskl. moms', inclVat: 'Beløb inkl. moms', vat: 'Moms',
    created: 'Udstedt', skipped: 'Havde allerede faktura', progress: 'Fremdrift', problems: 'Problemer', warnings: 'Bemærk',
    organisation: 'Organisation', total: 'I alt', lines: 'Linjer', explanation: 'Forklaring', amount: 'Beløb',
    number: 'Nr.', kind: 'Type', INVOICE: 'Faktura', CREDIT_NOTE: 'Kreditnota', date: 'Dato', due: 'Forfald', buyer: 'Køber',
    download: 'Hent', pdf: 'Hent PDF', csv: 'Hent CSV for året', credit: 'Kreditér', creditReason: 'Begrundelse', reissue: 'Udsted en ny faktura med dagens oplysninger',
    credited: 'Krediteret', creditedBy: 'krediteret af nr.', replaces: 'erstatter nr.', credits: 'krediterer nr.', creditDone: 'Kreditnotaen er udstedt.',
    noInvoices: 'Ingen fakturaer for året.', documents: 'bilag', split: 'Fordeling af årets opkrævning', splitDesc: 'Vandret søjle: kontingenter, årlige vederlag og tilslutningsafgifter i kroner.',
    MEMBERSHIP_FEE: 'Kontingent', SUPPLIER_PARTNER_FEE: 'Partnerbidrag', PRODUCT_FEE: 'Årligt vederlag', JOINING_FEE: 'Tilslutningsafgift',
    membershipFees: 'Kontingenter', otherIncome: 'Andre indtægter', productContributions: 'Bidrag fra produkter', income: 'Indtægter i alt',
    expenses: 'Udgifter', result: 'Årets resultat', reserve: 'Egenkapital ultimo', reserveTarget: 'Mål for egenkapital', reserveGap: 'Afstand til målet',
    productYearlyFees: 'Produkternes årlige vederlag', productJoiningFees: 'Produkternes tilslutningsafgifter',
    productIncome: 'Produkternes indtægter (egne økonomier)', associationIncome: 'Foreningens indtægter (kontoplan)',
    ledger: 'Posteringer', account: 'Konto', note: 'Tekst', OTHER_INCOME: 'Anden indtægt', EXPENSES: 'Udgift', RESERVE_OPENING: 'Egenkapital primo',
    record: 'Bogfør', reserveChart: 'Egenkapital i forhold til målet', reserveChartDesc: 'Søjler: egenkapital ultimo for hvert år; linjen er målet.',
    draft: 'Kladde', currentTariff: 'Gældende takst', draftTariff: 'Kladde', change: 'Ændring', currentTotal: 'I alt nu', draftTotal: 'I alt med kladden',
    associationChange: 'Ændring i foreningens indtægter', whatIfChart: 'Største ændringer pr. organisation',
    whatIfChartDesc: 'Vandrette søjler: ændring i kroner pr. organisation; til højre er en stigning, til venstre et fald.',
    noDrafts: 'Der er ingen kladde at sammenligne. Opret en kladde under Takster.', compare: 'Beregn',
    import: 'Importér', csvFile: 'CSV-fil (Danmarks Statistik FOLK1A/BY2 eller platformens liste)', source: 'Kilde', imported: 'Importeret',
    figures: 'tal', perYear: 'Befolkningstal pr. år', municipalities: 'kommuner',
    index: 'Indeks', indexValue: 'Indekstal', setIndex: 'Gem indekstal',
    standing: 'Betalingsstatus', PAID: 'Betalt', OVERDUE: 'Forfalden', REMINDED: 'Rykket', UNPAID_AFTER_REMINDER: 'Ubetalt efter rykker',
    noStanding: 'Ingen registreret status (god stand).', withdrawnWarning: 'Ubetalt efter rykker: vedtægterne betragter medlemmet som udtrådt.',
    recordStanding: 'Registrér status', billing: 'Faktureringsoplysninger', orderReference: 'Ordre-/rekvisitionsnummer',
    personReference: 'Personreference', street: 'Vej og husnummer', postcode: 'Postnummer', city: 'By',
    manualTier: 'Skønnet størrelse (kun andre end kommuner)', tierReason: 'Begrundelse for størrelsen', noTier: '(ingen)',
    subscriptions: 'Produktaftaler', from: 'Fra', to: 'Til', subscribe: 'Tilføj aftale', end: 'Afslut aftalen', endBeforeStart: 'Slutdatoen skal være en dato og må ikke ligge før aftalens start.', yes: 'Ja', no: 'Nej',
    feesFor: 'Betaling for', alreadyInvoiced: 'Årets faktura er udstedt.', notYetInvoiced: 'Årets faktura er ikke udstedt endnu.',
    nothingOwed: 'Organisationen skal ikke betale noget for året.', back: 'Tilbage', error: 'Noget gik galt',
    fixErrors: 'Ret de markerede felter', conflict: 'En anden har ændret oplysningerne imens. Hent siden igen, og gentag ændringen.',
    details: 'Detaljer', all: 'Alle', none: '—', kr: 'kr.',
    err: {
      required: 'Skal udfyldes', 'too-long': 'For lang', negative: 'Må ikke være negativ', 'out-of-range': 'Uden for det tilladte',
      duplicate: 'Findes allerede', 'missing-tier': 'Pris mangler for en størrelse', 'invalid-ref': 'Vælg en beslutning på listen',
      'invalid-street': 'Skriv vej og husnummer, fx Rådhusvej 1', 'invalid-postcode': 'Fire cifre', 'municipality-tier': 'En kommunes størrelse følger befolkningstallet',
      'too-many': 'For mange', 'adopted-is-immutable': 'En vedtaget takst kan ikke ændres', 'no-tariff': 'Ingen vedtaget takst gælder 1. januar det år',
      'unknown-product': 'Produktet findes ikke i nogen takst', 'unregistered-product': 'Produktet findes ikke i produktoversigten', 'unknown-decision': 'Ingen afsluttet afstemning har det nummer', 'decision-not-passed': 'Forslaget blev ikke vedtaget ved afstemningen', 'decision-not-a-fee': 'Afstemningen handlede ikke om kontingent og takster', 'year-invoiced': 'Der er allerede udstedt fakturaer for det år', 'already-subscribed': 'Organisationen har allerede en aftale om produktet',
      'already-credited': 'Fakturaen er allerede krediteret', 'not-an-invoice': 'Kun en faktura kan krediteres',
      'member-has-problems': 'Organisationen kan ikke faktureres (se problemerne)', 'unknown-account': 'Ukendt konto',
      empty: 'Filen er tom', 'missing-columns': 'Filen mangler kolonnerne OMRÅDE/KOMK, TID og INDHOLD', 'no-figures': 'Filen indeholder ingen kommunetal',
      'unknown-municipality': 'Ukendt kommune', 'not-a-number': 'Ikke et helt tal', 'bad-time': 'TID skal være fx 2025K1 eller 2025',
      'wrong-column-count': 'Forkert antal kolonner', 'unreadable-csv': 'Filen kan ikke læses som CSV', 'unbalanced-quote': 'Et anførselstegn (") lukkes ikke', 'too-many-lines': 'For mange linjer',
      invalid: 'Ugyldig værdi', unknown: 'Ukendt',
    },
  },
  en: {
    payments: 'Payments', tariffs: 'Tariffs', fees: 'Members’ fees', run: 'Invoice run', invoices: 'Invoices',
    economy: 'Association economy', whatIf: 'What-if', population: 'Population', myOrganisation: 'My organisation’s payments',
    name: 'Name', effectiveFrom: 'In force from', state: 'State', DRAFT: 'Draft', ADOPTED: 'Adopted', decisionRef: 'Decision',
    proposalRef: 'Proposal to the general assembly', membershipFee: 'Membership fee', indexBaseYear: 'Index base year', indexBaseYearHint: 'Blank = the membership fee is not indexed.', notIndexed: 'Not indexed',
    supplierPartnerFee: 'Supplier-partner fee', products: 'Products', product: 'Product', tier: 'Size',
    SMALL: 'Small (below 25,000)', MEDIUM: 'Medium (25,000–60,000)', LARGE: 'Large (60,001–120,000)', VERY_LARGE: 'Very large (above 120,000)',
    memberFee: 'Member price', nonMemberFee: 'Non-member price', joiningFee: 'Joining fee', passive: 'Passive share',
    contributionRate: 'Contribution rate (%)', addProduct: 'Add product', registryHint: 'A product in a tariff must be in the product registry; the field suggests the names.', removeProduct: 'Remove product', newProduct: 'New product', newDraft: 'New draft from this one', edit: 'Edit draft', adopt: 'Adopt',
    adoptHelp: 'An adopted tariff cannot be changed. Choose the general assembly’s decision on the membership fee and tariffs (it must have passed).',
    save: 'Save', cancel: 'Cancel', saved: 'Saved.', adopted: 'The tariff is adopted.', year: 'Year', show: 'Show',
    dryRun: 'Dry run', issue: 'Issue invoices', issuing: 'Issuing invoices…', runDone: 'The invoice run is done.',
    runFailed: 'The invoice run failed; nothing was issued', toIssue: 'Invoices to issue', alreadyIssued: 'Already issued',
    withProblems: 'Cannot be invoiced yet', exVat: 'Amount excl. VAT', inclVat: 'Amount incl. VAT', vat: 'VAT',
    created: 'Issued', skipped: 'Already had an invoice', progress: 'Progress', problems: 'Problems', warnings: 'Note',
    organisation: 'Organisation', total: 'Total', lines: 'Lines', explanation: 'Explanation', amount: 'Amount',
    number: 'No.', kind: 'Kind', INVOICE: 'Invoice', CREDIT_NOTE: 'Credit note', date: 'Date', due: 'Due', buyer: 'Buyer',
    download: 'Download', pdf: 'Download PDF', csv: 'Download the year as CSV', credit: 'Credit', creditReason: 'Reason', reissue: 'Issue a new invoice with today’s data',
    credited: 'Credited', creditedBy: 'credited by no.', replaces: 'replaces no.', credits: 'credits no.', creditDone: 'The credit note is issued.',
    noInvoices: 'No invoices for the year.', documents: 'documents', split: 'Split of the year’s fees', splitDesc: 'Horizontal bar: membership fees, yearly fees and joining fees in DKK.',
    MEMBERSHIP_FEE: 'Membership fee', SUPPLIER_PARTNER_FEE: 'Partner fee', PRODUCT_FEE: 'Yearly fee', JOINING_FEE: 'Joining fee',
    membershipFees: 'Membership fees', otherIncome: 'Other income', productContributions: 'Contributions from products', income: 'Total income',
    expenses: 'Expenses', result: 'Result of the year', reserve: 'Reserve at year end', reserveTarget: 'Reserve target', reserveGap: 'Distance to target',
    productYearlyFees: 'Products’ yearly fees', productJoiningFees: 'Products’ joining fees',
    productIncome: 'Product income (own economies)', associationIncome: 'Association income (chart of accounts)',
    ledger: 'Entries', account: 'Account', note: 'Text', OTHER_INCOME: 'Other income', EXPENSES: 'Expense', RESERVE_OPENING: 'Opening reserve',
    record: 'Record', reserveChart: 'Reserve against the target', reserveChartDesc: 'Bars: reserve at the end of each year; the line is the target.',
    draft: 'Draft', currentTariff: 'Tariff in force', draftTariff: 'Draft', change: 'Change', currentTotal: 'Total now', draftTotal: 'Total with the draft',
    associationChange: 'Change in the association’s income', whatIfChart: 'Largest changes per organisation',
    whatIfChartDesc: 'Horizontal bars: change in DKK per organisation; right is an increase, left a decrease.',
    noDrafts: 'There is no draft to compare. Create a draft under Tariffs.', compare: 'Calculate',
    import: 'Import', csvFile: 'CSV file (Statistics Denmark FOLK1A/BY2 or the platform’s list)', source: 'Source', imported: 'Imported',
    figures: 'figures', perYear: 'Population figures per year', municipalities: 'municipalities',
    index: 'Index', indexValue: 'Index value', setIndex: 'Save index value',
    standing: 'Payment standing', PAID: 'Paid', OVERDUE: 'Overdue', REMINDED: 'Reminded', UNPAID_AFTER_REMINDER: 'Unpaid after reminder',
    noStanding: 'No standing recorded (good standing).', withdrawnWarning: 'Unpaid after a reminder: the statutes treat the member as withdrawn.',
    recordStanding: 'Record standing', billing: 'Billing details', orderReference: 'Order/requisition number',
    personReference: 'Person reference', street: 'Street and number', postcode: 'Postcode', city: 'Town',
    manualTier: 'Size set by judgement (not for municipalities)', tierReason: 'Reason for the size', noTier: '(none)',
    subscriptions: 'Product subscriptions', from: 'From', to: 'To', subscribe: 'Add subscription', end: 'End the subscription', endBeforeStart: 'The end must be a date and not before the subscription started.', yes: 'Yes', no: 'No',
    feesFor: 'Fees for', alreadyInvoiced: 'The year’s invoice is issued.', notYetInvoiced: 'The year’s invoice is not issued yet.',
    nothingOwed: 'The organisation owes nothing for the year.', back: 'Back', error: 'Something went wrong',
    fixErrors: 'Correct the marked fields', conflict: 'Someone else changed the data meanwhile. Reload the page and repeat the change.',
    details: 'Details', all: 'All', none: '—', kr: 'DKK',
    err: {
      required: 'Required', 'too-long': 'Too long', negative: 'Must not be negative', 'out-of-range': 'Out of range',
      duplicate: 'Already exists', 'missing-tier': 'A size’s price is missing', 'invalid-ref': 'Choose a decision from the list',
      'invalid-street': 'Write street and number, e.g. Rådhusvej 1', 'invalid-postcode': 'Four digits', 'municipality-tier': 'A municipality’s size follows its population',
      'too-many': 'Too many', 'adopted-is-immutable': 'An adopted tariff cannot be changed', 'no-tariff': 'No adopted tariff is in force on 1 January of that year',
      'unknown-product': 'The product is in no tariff', 'unregistered-product': 'The product is not in the product registry', 'unknown-decision': 'No closed ballot has that number', 'decision-not-passed': 'The proposal was not passed in that ballot', 'decision-not-a-fee': 'That ballot did not decide the membership fee and tariffs', 'year-invoiced': 'Invoices have already been issued for that year', 'already-subscribed': 'The organisation already subscribes to the product',
      'already-credited': 'The invoice is already credited', 'not-an-invoice': 'Only an invoice can be credited',
      'member-has-problems': 'The organisation cannot be invoiced (see the problems)', 'unknown-account': 'Unknown account',
      empty: 'The file is empty', 'missing-columns': 'The file lacks the columns OMRÅDE/KOMK, TID and INDHOLD', 'no-figures': 'The file holds no municipal figures',
      'unknown-municipality': 'Unknown municipality', 'not-a-number': 'Not a whole number', 'bad-time': 'TID must be e.g. 2025K1 or 2025',
      'wrong-column-count': 'Wrong number of columns', 'unreadable-csv': 'The file cannot be read as CSV', 'unbalanced-quote': 'A quotation mark (") is never closed', 'too-many-lines': 'Too many lines',
      invalid: 'Invalid value', unknown: 'Unknown',
    },
  },
};

const MORE = {
  da: {
    runLost: 'Kørslen fortsætter på serveren; hent siden igen for at se, hvor langt den er.',
    nothingToIssue: (year, issued, problems) => `Der er ingen fakturaer at udstede for ${year}: ${issued} er allerede udstedt${problems ? `, ${problems} kan ikke udstedes endnu (se prøvekørslen)` : ''}.`,
    confirmIssue: 'Udsted fakturaerne?', confirmIssueText: 'Fakturaerne kan ikke trækkes tilbage; en fejl rettes med en kreditnota.',
    tariffUsed: 'Takst', invoiceCount: 'Antal fakturaer', totalInclVat: 'I alt inkl. moms', issueNow: 'Udsted fakturaerne', keep: 'Fortryd',
    issuedOf: (done, of) => `${done} af ${of} fakturaer udstedt`, organisationsAffected: (n) => `${n} ${n === 1 ? 'organisation' : 'organisationer'}`,
    showNames: 'Vis organisationerne', cancelled: 'Intet er udstedt.',
    yearCovered: 'År', paidStatus: 'Betalingsstatus', notDue: 'Ikke forfalden', dueNotPaid: 'Forfalden, ikke registreret betalt',
    filter: 'Filtrér', status: 'Status', search: 'Organisation', allStatuses: 'Alle', page: 'Side', previous: 'Forrige', next: 'Næste',
    shown: (from, to, of) => `Viser ${from}–${to} af ${of}`, noMatch: 'Ingen fakturaer passer til filteret.', creditInvoice: 'Kreditér faktura',
    csvFees: 'Hent CSV', csvWhatIf: 'Hent CSV', membershipCol: 'Kontingent', productCol: 'Årligt vederlag', joiningCol: 'Tilslutningsafgift',
    partnerCol: 'Partnerbidrag', issuedCol: 'Udstedt', lineTotalCol: 'I alt ekskl. moms', totalRow: 'I alt', problemsCol: 'Problemer',
    axisKr: 'kr.', legendReserve: 'Egenkapital ultimo', legendTarget: 'Mål for egenkapital (stiplet linje)', negative: 'underskud',
    negativeNote: 'Et negativt resultat er vist med rødt og mærket »underskud«.', decisionPicker: 'Generalforsamlingens beslutning',
    decisionHint: 'Skriv en del af beslutningens titel, og vælg den på listen.',
    proposalHint: 'Skriv en del af afstemningens titel, og vælg den på listen. Kan være tom.', noVoting: 'Afstemningerne kan ikke læses lige nu; taksten kan ikke vedtages herfra.',
    chooseDecision: 'Vælg en beslutning på listen', earlierDecision: 'Beslutning', passed: 'vedtaget', paymentsNav: 'Betaling: undersider',
    confirmCredit: 'Udsted kreditnota?', creditFor: 'Faktura',
  },
  en: {
    runLost: 'The run goes on on the server; load the page again to see how far it got.',
    nothingToIssue: (year, issued, problems) => `There are no invoices to issue for ${year}: ${issued} are already issued${problems ? `, ${problems} cannot be issued yet (see the dry run)` : ''}.`,
    confirmIssue: 'Issue the invoices?', confirmIssueText: 'Invoices cannot be withdrawn; a mistake is corrected with a credit note.',
    tariffUsed: 'Tariff', invoiceCount: 'Number of invoices', totalInclVat: 'Total incl. VAT', issueNow: 'Issue the invoices', keep: 'Cancel',
    issuedOf: (done, of) => `${done} of ${of} invoices issued`, organisationsAffected: (n) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`,
    showNames: 'Show the organisations', cancelled: 'Nothing was issued.',
    yearCovered: 'Year', paidStatus: 'Payment status', notDue: 'Not due', dueNotPaid: 'Due, not recorded as paid',
    filter: 'Filter', status: 'Status', search: 'Organisation', allStatuses: 'All', page: 'Page', previous: 'Previous', next: 'Next',
    shown: (from, to, of) => `Showing ${from}–${to} of ${of}`, noMatch: 'No invoices match the filter.', creditInvoice: 'Credit invoice',
    csvFees: 'Download CSV', csvWhatIf: 'Download CSV', membershipCol: 'Membership fee', productCol: 'Yearly fee', joiningCol: 'Joining fee',
    partnerCol: 'Partner fee', issuedCol: 'Issued', lineTotalCol: 'Total excl. VAT', totalRow: 'Total', problemsCol: 'Problems',
    axisKr: 'DKK', legendReserve: 'Reserve at year end', legendTarget: 'Reserve target (dashed line)', negative: 'deficit',
    negativeNote: 'A negative result is shown in red and marked “deficit”.', decisionPicker: 'The general assembly’s decision',
    decisionHint: 'Type part of the decision’s title and choose it from the list.',
    proposalHint: 'Type part of the ballot’s title and choose it from the list. May be left blank.', noVoting: 'The ballots cannot be read now; the tariff cannot be adopted here.',
    chooseDecision: 'Choose a decision from the list', earlierDecision: 'Decision', passed: 'passed', paymentsNav: 'Payments: sub-pages',
    confirmCredit: 'Issue a credit note?', creditFor: 'Invoice',
  },
};
Object.assign(TEXTS.da, MORE.da);
Object.assign(TEXTS.en, MORE.en);

export function texts(lang) {
  return TEXTS[lang === 'en' ? 'en' : 'da'];
}

/** An amount as the API writes it ("25000.00") in the user's language: "25.000,00 kr." */
/** An amount as the API writes it ("1234.50", "-3.2") in whole øre, so that the console's sums are exact. */
export function ore(amount) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(amount).trim());
  if (!m) throw new Error(`not an amount: ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number((m[3] || '').padEnd(2, '0')));
}

/** Whole øre written as the API writes an amount, for money(). */
export function fromOre(value) {
  const a = Math.abs(value);
  return `${value < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

export function money(amount, lang) {
  const value = Number(amount);
  const shown = value.toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return lang === 'en' ? `DKK ${shown}` : `${shown} kr.`;
}

export function formatDate(iso, lang) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}

export function describe(t) {
  return (code) => t.err[code] || code;
}
