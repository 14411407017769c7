// Texts of the strategy pages, Danish first. Error codes come from the REST API's field errors.
const TEXTS = {
  da: {
    strategy: 'Strategi', publicTitle: 'OS2’s strategi', period: 'Strategiperiode', periodProgress: 'Samlet fremdrift',
    approvedBy: 'Vedtaget af', approvedOn: 'Vedtaget den', from: 'Fra', to: 'Til', name: 'Navn',
    initiatives: 'Strategiske indsatser', initiative: 'Indsats', status: 'Status', progress: 'Fremdrift', weight: 'Vægt',
    owner: 'Ejer', association: 'OS2 (foreningen)', responsible: 'Ansvarlig', start: 'Start', end: 'Slut',
    titleDa: 'Titel (dansk)', titleEn: 'Titel (engelsk)', descriptionDa: 'Beskrivelse (dansk)', descriptionEn: 'Beskrivelse (engelsk)',
    missionPoints: 'Mission', milestones: 'Milepæle', milestone: 'Milepæl', due: 'Frist', title: 'Titel',
    reportedProgress: 'Fremdrift i % (tom = statussens standard)', completionNote: 'Forklaring (gennemført med åbne milepæle)',
    links: 'Henvisninger', linksPicker: 'Henvisninger til indsatser, produkter og beslutninger',
    linksHint: 'Skriv en del af navnet, og vælg i listen.', urls: 'Webadresser (én pr. linje)',
    urlsHint: 'Fx https://os2.eu/produkt/os2forms', timeline: 'Tidslinje', noUpdates: 'Ingen opdateringer endnu.',
    kinds: { initiative: 'Indsats', product: 'Produkt', decision: 'Beslutning', organisation: 'Organisation', url: 'Webadresse',
      'strategy-period': 'Strategiperiode', invoice: 'Faktura', other: 'Henvisning' },
    actions: {
      'initiatives.create': 'Indsatsen oprettet', 'initiatives.update': 'Indsatsen ændret',
      'initiatives.update.post': 'Statusopdatering skrevet', other: 'Ændring registreret',
    },
    changed: 'Ændret', statusFromTo: (from, to) => `status ændret fra ${from} til ${to}`,
    fields: { titleDa: 'titel (dansk)', titleEn: 'titel (engelsk)', descriptionDa: 'beskrivelse (dansk)', descriptionEn: 'beskrivelse (engelsk)',
      ownerOrganisationId: 'ejer', responsible: 'ansvarlig', start: 'start', end: 'slut', weight: 'vægt', missionPoints: 'mission',
      status: 'status', completionNote: 'forklaring', milestones: 'milepæle', links: 'henvisninger', progress: 'fremdrift', periodId: 'periode' },
    overviewTitle: (name) => `Strategi: ${name}`,
    history: 'Ændringslog', chart: 'Fremdrift pr. indsats', chartDesc: 'Søjlediagram: fremdrift i procent for hver indsats i perioden.',
    newInitiative: 'Ny indsats', newPeriod: 'Ny strategiperiode', editPeriod: 'Redigér periode', edit: 'Redigér', save: 'Gem',
    cancel: 'Annullér', add: 'Tilføj milepæl', remove: 'Fjern', postUpdate: 'Skriv en opdatering', post: 'Offentliggør opdatering',
    date: 'Dato', text: 'Tekst', keepStatus: '(behold status)', newStatus: 'Ny status', statusChange: 'Status ændret',
    by: 'af', back: 'Tilbage til strategien', all: 'Alle', filter: 'Vis', noPeriod: 'Der er ingen strategiperiode endnu.',
    noInitiatives: 'Ingen indsatser.', saved: 'Gemt.', posted: 'Opdateringen er offentliggjort.', error: 'Noget gik galt',
    fixErrors: 'Ret de markerede felter', conflict: 'En anden har ændret indsatsen imens. Hent siden igen, og gentag ændringen.',
    statusViaUpdate: 'Status ændres med en opdatering, så ændringen altid er dateret og forklaret.',
    publicLink: 'Offentlig side uden login', login: 'Log ind', lang: 'English', a11y: 'Tilgængelighedserklæring',
    footer: 'OS2 – Offentligt Digitaliseringsfællesskab', when: 'Tidspunkt', who: 'Hvem', what: 'Hvad', none: '—',
    light: { GREEN: 'grøn', YELLOW: 'gul', RED: 'rød', GREY: 'grå' },
    err: {
      required: 'Skal udfyldes', 'too-long': 'Er for lang', range: 'Er uden for det tilladte interval', unknown: 'Findes ikke',
      'before-start': 'Skal ligge efter starten', 'outside-period': 'Skal ligge inden for strategiperioden',
      'after-period': 'Må ikke ligge efter periodens slutning', future: 'Må ikke ligge i fremtiden', 'too-many': 'For mange',
      duplicate: 'Står der to gange', 'contradicts-status': 'En gennemført milepæl har 100 %',
      'open-milestones': 'Forklar, hvorfor indsatsen er gennemført med åbne milepæle',
      'change-with-update': 'Status ændres med en opdatering', 'initiatives-outside': 'Indsatser ville falde uden for perioden',
      taken: 'Er allerede brugt', 'needs-version': 'Hent siden igen', invalid: 'Er ugyldig',
      'not-url': 'Hver linje skal være en webadresse, der begynder med https:// eller http://',
    },
  },
  en: {
    strategy: 'Strategy', publicTitle: 'OS2’s strategy', period: 'Strategy period', periodProgress: 'Overall progress',
    approvedBy: 'Approved by', approvedOn: 'Approved on', from: 'From', to: 'To', name: 'Name',
    initiatives: 'Strategic initiatives', initiative: 'Initiative', status: 'Status', progress: 'Progress', weight: 'Weight',
    owner: 'Owner', association: 'OS2 (the association)', responsible: 'Responsible', start: 'Start', end: 'End',
    titleDa: 'Title (Danish)', titleEn: 'Title (English)', descriptionDa: 'Description (Danish)', descriptionEn: 'Description (English)',
    missionPoints: 'Mission', milestones: 'Milestones', milestone: 'Milestone', due: 'Due', title: 'Title',
    reportedProgress: 'Progress in % (empty = the status default)', completionNote: 'Explanation (completed with open milestones)',
    links: 'Links', linksPicker: 'Links to initiatives, products and decisions',
    linksHint: 'Type part of the name and choose from the list.', urls: 'Web addresses (one per line)',
    urlsHint: 'E.g. https://os2.eu/produkt/os2forms', timeline: 'Timeline', noUpdates: 'No updates yet.',
    kinds: { initiative: 'Initiative', product: 'Product', decision: 'Decision', organisation: 'Organisation', url: 'Web address',
      'strategy-period': 'Strategy period', invoice: 'Invoice', other: 'Reference' },
    actions: {
      'initiatives.create': 'Initiative created', 'initiatives.update': 'Initiative changed',
      'initiatives.update.post': 'Progress update written', other: 'Change recorded',
    },
    changed: 'Changed', statusFromTo: (from, to) => `status changed from ${from} to ${to}`,
    fields: { titleDa: 'title (Danish)', titleEn: 'title (English)', descriptionDa: 'description (Danish)', descriptionEn: 'description (English)',
      ownerOrganisationId: 'owner', responsible: 'responsible', start: 'start', end: 'end', weight: 'weight', missionPoints: 'mission',
      status: 'status', completionNote: 'explanation', milestones: 'milestones', links: 'links', progress: 'progress', periodId: 'period' },
    overviewTitle: (name) => `Strategy: ${name}`,
    history: 'Change log', chart: 'Progress per initiative', chartDesc: 'Bar chart: progress in per cent of each initiative in the period.',
    newInitiative: 'New initiative', newPeriod: 'New strategy period', editPeriod: 'Edit period', edit: 'Edit', save: 'Save',
    cancel: 'Cancel', add: 'Add milestone', remove: 'Remove', postUpdate: 'Write an update', post: 'Publish update',
    date: 'Date', text: 'Text', keepStatus: '(keep status)', newStatus: 'New status', statusChange: 'Status changed',
    by: 'by', back: 'Back to the strategy', all: 'All', filter: 'Show', noPeriod: 'There is no strategy period yet.',
    noInitiatives: 'No initiatives.', saved: 'Saved.', posted: 'The update is published.', error: 'Something went wrong',
    fixErrors: 'Correct the fields marked', conflict: 'Someone else changed the initiative meanwhile. Reload and make the change again.',
    statusViaUpdate: 'The status changes with an update, so every change is dated and explained.',
    publicLink: 'Public page without login', login: 'Log in', lang: 'Dansk', a11y: 'Accessibility statement',
    footer: 'OS2 – Public Sector Digitalisation Community', when: 'When', who: 'Who', what: 'What', none: '—',
    light: { GREEN: 'green', YELLOW: 'yellow', RED: 'red', GREY: 'grey' },
    err: {
      required: 'Required', 'too-long': 'Too long', range: 'Out of range', unknown: 'Does not exist',
      'before-start': 'Must be after the start', 'outside-period': 'Must be inside the strategy period',
      'after-period': 'Must not be after the end of the period', future: 'Must not be in the future', 'too-many': 'Too many',
      duplicate: 'Given twice', 'contradicts-status': 'A completed milestone is at 100 %',
      'open-milestones': 'Explain why the initiative is completed with open milestones',
      'change-with-update': 'The status changes with an update', 'initiatives-outside': 'Initiatives would fall outside the period',
      taken: 'Already in use', 'needs-version': 'Reload the page', invalid: 'Invalid',
      'not-url': 'Each line must be a web address starting with https:// or http://',
    },
  },
};

export function texts(lang) {
  return TEXTS[lang === 'en' ? 'en' : 'da'];
}

export function formatDate(iso, lang) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}

export function percent(value, lang) {
  return `${Number(value).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { minimumFractionDigits: 0, maximumFractionDigits: 1 })} %`;
}

export function localized(item, field, lang) {
  return (lang === 'en' ? item[`${field}En`] : item[`${field}Da`]) || item[`${field}Da`] || '';
}

/** The localized text, marked lang="da" when an English page falls back to the Danish text (WCAG 3.1.2). */
export function localizedNode(el, item, field, lang) {
  const text = localized(item, field, lang);
  return lang === 'en' && !item[`${field}En`] && text ? el('span', { lang: 'da' }, text) : text;
}

export function ensureStylesheet() {
  if (document.querySelector('link[data-os2-initiatives]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/console/plugins/initiatives/strategy.css';
  link.setAttribute('data-os2-initiatives', '');
  document.head.append(link);
}
