// Texts of the voting pages, Danish first. Statute codes are explained with the statutes' own words from the API.
const TEXTS = {
  da: {
    voting: 'Generalforsamling', assemblies: 'Generalforsamlinger', call: 'Indkald generalforsamling', kind: 'Type', ORDINARY: 'Ordinær',
    EXTRAORDINARY: 'Ekstraordinær', title: 'Titel', heldAt: 'Afholdes', place: 'Sted', calledOn: 'Indkaldt', proposalsDue: 'Frist for forslag',
    materialDue: 'Frist for udsendelse af materiale', minutesDue: 'Frist for referat', ruleSet: 'Regelversion', statutesRules: 'Vedtægterne', localRules: 'Lokal version fra', quorum: 'Beslutningsdygtighed',
    noQuorum: 'intet krav', proxies: 'Fuldmagter', noProxies: 'ikke tilladt', upTo: 'højst', agenda: 'Dagsorden', ballots: 'Afstemninger',
    addItem: 'Tilføj punkt', propose: 'Send forslag', description: 'Beskrivelse', decisionType: 'Beslutningstype', none: '—',
    dt: { ORDINARY: 'Almindelig beslutning (simpelt flertal)', MEMBERSHIP_FEE: 'Kontingent (simpelt flertal)', STATUTE_CHANGE: 'Vedtægtsændring (2/3 af fremmødte)',
      DISSOLUTION: 'Opløsning (2/3 af fremmødte)', ELECTION: 'Valg', EXCLUSION_CONFIRMATION: 'Bekræftelse af eksklusion' },
    newBallot: 'Ny afstemning', ballotKind: 'Afstemningsform', YES_NO: 'For / imod / undlad', SINGLE_CHOICE: 'Ét valg', ELECTION: 'Valg af personer',
    item: 'Dagsordenspunkt', seats: 'Pladser', options: 'Muligheder eller kandidater (én pr. linje: navn, eventuelt "| organisations-id")',
    secret: 'Skriftlig (hemmelig) afstemning', create: 'Opret', open: 'Åbn afstemningen', close: 'Luk og optæl', state: 'Status',
    DRAFT: 'Forberedt', OPEN: 'Åben', CLOSED: 'Afsluttet', vote: 'Stem', yes: 'For', no: 'Imod', abstain: 'Undlad', blank: 'Blank',
    yourVote: 'Din stemme er modtaget', receipt: 'Kvittering', nonce: 'Nøgle til at genberegne kvitteringen', changeToken: 'Kode til at ændre en hemmelig stemme (gem den)',
    revision: 'Version', changeVote: 'Du kan ændre din stemme, indtil afstemningen lukker.', turnout: 'Fremmøde og afgivne stemmer',
    voted: 'har stemt', present: 'fremmødt', eligible: 'stemmeberettigede', result: 'Resultat', board: 'Opslagstavle', verify: 'Kontrollér optællingen',
    verified: 'Kontrollen stemmer: kvitteringer, kæde og optælling passer.', notVerified: 'Kontrollen fandt fejl', entries: 'afgivne stemmer',
    minutes: 'Referat', saveMinutes: 'Gem referat', publishMinutes: 'Offentliggør referat', published: 'Offentliggjort', late: 'Efter vedtægternes frist på 2 uger',
    draft: 'Udkast dannet af dagsorden, fremmøde og resultater', checkIn: 'Meld fremmøde', checkedIn: 'Fremmøde registreret.',
    checkOut: 'Meld afgang', checkedOut: 'Afgang registreret: organisationen kan ikke stemme, før den melder fremmøde igen.',
    votesAfterClose: 'Afstemningen er åben. Stemmerne vises her, når den er lukket.', chainHead: 'Kædens hoved ved lukning',
    procedures: 'Forretningsorden', elects: 'Vælger (ved valg)',
    elections: { CHAIR_OF_MEETING: 'Dirigent', BOARD_CHAIR: 'Formand', BOARD_MEMBERS: 'Bestyrelsesmedlemmer', ALTERNATES: 'Suppleanter', AUDITOR: 'Revisor' },
    request: 'Anmod om ekstraordinær generalforsamling', reason: 'Begrundelse', requests: 'Anmodninger om ekstraordinær generalforsamling',
    boardMustCall: 'Mindst 1/3 af de stemmeberettigede har anmodet: bestyrelsen skal indkalde.', of: 'af', saved: 'Gemt.',
    error: 'Noget gik galt', fixErrors: 'Ret de markerede felter', conflict: 'En anden har ændret oplysningerne imens. Hent siden igen.',
    chooseOne: 'Vælg en mulighed', atMost: (n) => `Du kan højst vælge ${n}`, seat: (n) => (n === 1 ? '1 plads' : `${n} pladser`),
    receiptIntro: 'Gem kvitteringen. Den viser ikke, hvad du stemte, men du kan bruge den til at kontrollere, at din stemme er talt med.',
    receiptHelp: 'Kvitteringskode — brug den til at finde din stemme på opslagstavlen, når afstemningen er lukket',
    nonceHelp: 'Kontrolnøgle — sammen med dit valg kan den genberegne kvitteringskoden og vise, at den er din',
    changeTokenHelp: 'Ændringskode — den eneste måde at ændre en hemmelig stemme på; den gemmes ikke hos os',
    revisionHelp: (n) => (n === 1 ? 'Første stemme' : `Stemmen er ændret ${n - 1} ${n - 1 === 1 ? 'gang' : 'gange'}`),
    revisionLabel: 'Ændringer', copyReceipt: 'Kopiér kvitteringen', copied: 'Kvitteringen er kopieret.', downloadReceipt: 'Hent kvitteringen som tekstfil',
    receiptFile: 'kvittering', receiptTitle: 'Kvittering for stemme', ballotLabel: 'Afstemning',
    hasVoted: 'Organisationen har stemt', hasVotedAt: 'Organisationen har stemt', at: 'kl.',
    noReceiptHere: 'Kvitteringen vises kun i det faneblad, du stemte i, indtil du logger ud. Brug den, du kopierede eller hentede, da du stemte.',
    changeCode: 'Ændringskode fra din kvittering', changeCodeHint: 'Kun for at ændre din hemmelige stemme.',
    onThisPage: 'På denne side', find: 'Find min kvittering', findLabel: 'Kvitteringskode (hele eller de første tegn)',
    findButton: 'Find', found: 'Din stemme er fundet og markeret i tabellen.', notFound: 'Ingen stemme på tavlen har denne kvitteringskode. Kontrollér koden.',
    findEmpty: 'Skriv kvitteringskoden', shownFull: 'Vis hele', confirmClose: 'Luk og optæl afstemningen?',
    confirmCloseText: 'Når afstemningen er lukket, kan ingen stemme eller ændre deres stemme, og resultatet tælles op.',
    presentLabel: 'Fremmødte', entriesN: (n) => (n === 1 ? '1 afgiven stemme' : `${n} afgivne stemmer`), votesCast: 'Afgivne stemmer', withAVote: 'Stemmeberettigede', confirmPublishMinutes: 'Offentliggør referatet?',
    confirmPublishText: 'Referatet bliver synligt for alle medlemmer, og de får besked.', assembly: 'Generalforsamling',
    cancel: 'Annuller', pattern: { NO: 'skraveret', ABSTAIN: 'prikket' },
    back: 'Tilbage', chart: 'Stemmefordeling', chartDesc: 'Vandrette søjler: antal stemmer pr. mulighed.', for: 'for',
    fields: { organisation: 'Organisation', organisationId: 'Organisation', ballot: 'Afstemning', state: 'Status', proxy: 'Fuldmagt',
      holder: 'Fuldmagtshaver', choice: 'Valg', representative: 'Repræsentant', reason: 'Begrundelse', changeToken: 'Kode',
      substitute: 'Stedfortræder', place: 'Sted', heldAt: 'Afholdes', calledOn: 'Indkaldt', itemId: 'Dagsordenspunkt', elects: 'Vælger',
      decisionType: 'Beslutningstype', options: 'Muligheder', seats: 'Pladser' },
    err: { required: 'Skal udfyldes', 'too-long': 'For lang', 'out-of-range': 'Uden for det tilladte', 'before-call': 'Må ikke ligge før indkaldelsen',
      'before-proposals': 'Må ikke ligge før fristen for forslag', 'invalid-choice': 'Ugyldigt valg', closed: 'Afstemningen er lukket',
      'not-open': 'Afstemningen er ikke åben', 'already-voted': 'Organisationen har allerede stemt', 'already-requested': 'Organisationen har allerede anmodet',
      'not-registered': 'Du er ikke organisationens registrerede repræsentant', 'invalid-option': 'Ugyldig mulighed', 'too-few': 'For få muligheder',
      'too-many': 'For mange', unknown: 'Ukendt', 'unknown-token': 'Ukendt kode', 'proxy-limit': 'Grænsen for fuldmagter er nået',
      'already-open': 'Afstemningen er allerede åben', 'in-the-past': 'Datoen er passeret', 'not-checked-in': 'Organisationen er ikke meldt fremmødt',
      'rules.check-in-before-vote': 'Organisationen skal være meldt fremmødt for at stemme', 'no-decision': 'Punktet har ingen beslutning',
      'not-the-items': 'Passer ikke til punktets beslutningstype', 'elects-unknown': 'Punktet siger ikke, hvad der vælges',
      'not-an-election': 'Kun ved valg', invalid: 'Ugyldig', 'not-closed': 'Afstemningen er ikke lukket', 'choose-one': 'Vælg en mulighed' },
  },
  en: {
    voting: 'General assembly', assemblies: 'General assemblies', call: 'Call a general assembly', kind: 'Kind', ORDINARY: 'Ordinary',
    EXTRAORDINARY: 'Extraordinary', title: 'Title', heldAt: 'Held', place: 'Place', calledOn: 'Called', proposalsDue: 'Proposals due',
    materialDue: 'Material sent by', minutesDue: 'Minutes due', ruleSet: 'Rule set', statutesRules: 'The statutes', localRules: 'Local version from', quorum: 'Quorum',
    noQuorum: 'none', proxies: 'Proxies', noProxies: 'not allowed', upTo: 'at most', agenda: 'Agenda', ballots: 'Ballots',
    addItem: 'Add item', propose: 'Send proposal', description: 'Description', decisionType: 'Decision type', none: '—',
    dt: { ORDINARY: 'Ordinary decision (simple majority)', MEMBERSHIP_FEE: 'Membership fee (simple majority)', STATUTE_CHANGE: 'Statute change (2/3 of those present)',
      DISSOLUTION: 'Dissolution (2/3 of those present)', ELECTION: 'Election', EXCLUSION_CONFIRMATION: 'Confirmation of an exclusion' },
    newBallot: 'New ballot', ballotKind: 'Ballot form', YES_NO: 'For / against / abstain', SINGLE_CHOICE: 'Single choice', ELECTION: 'Election of persons',
    item: 'Agenda item', seats: 'Seats', options: 'Options or candidates (one per line: name, optionally "| organisation id")',
    secret: 'Secret ballot', create: 'Create', open: 'Open the ballot', close: 'Close and count', state: 'State',
    DRAFT: 'Prepared', OPEN: 'Open', CLOSED: 'Closed', vote: 'Vote', yes: 'For', no: 'Against', abstain: 'Abstain', blank: 'Blank',
    yourVote: 'Your vote is received', receipt: 'Receipt', nonce: 'Key to recompute the receipt', changeToken: 'Code to change a secret vote (keep it)',
    revision: 'Version', changeVote: 'You can change your vote until the ballot closes.', turnout: 'Attendance and votes cast',
    voted: 'have voted', present: 'present', eligible: 'with a vote', result: 'Result', board: 'Bulletin board', verify: 'Verify the count',
    verified: 'Verified: receipts, chain and count match.', notVerified: 'The check found errors', entries: 'ballots cast',
    minutes: 'Minutes', saveMinutes: 'Save minutes', publishMinutes: 'Publish minutes', published: 'Published', late: 'Later than the statutes’ 2 weeks',
    draft: 'Draft made from the agenda, attendance and results', checkIn: 'Check in', checkedIn: 'Attendance recorded.',
    checkOut: 'Check out', checkedOut: 'Departure recorded: the organisation cannot vote until it checks in again.',
    votesAfterClose: 'The ballot is open. The votes are shown here once it is closed.', chainHead: 'Chain head at the close',
    procedures: 'Rules of procedure', elects: 'Elects (for an election)',
    elections: { CHAIR_OF_MEETING: 'Chair of the meeting', BOARD_CHAIR: 'Chair of the board', BOARD_MEMBERS: 'Board members', ALTERNATES: 'Alternates', AUDITOR: 'Auditor' },
    request: 'Ask for an extraordinary general assembly', reason: 'Reason', requests: 'Requests for an extraordinary general assembly',
    boardMustCall: 'At least 1/3 of the voting members have asked: the board must call one.', of: 'of', saved: 'Saved.',
    error: 'Something went wrong', fixErrors: 'Correct the marked fields', conflict: 'Someone else changed the data meanwhile. Reload the page.',
    chooseOne: 'Choose an option', atMost: (n) => `You can choose at most ${n}`, seat: (n) => (n === 1 ? '1 seat' : `${n} seats`),
    receiptIntro: 'Keep the receipt. It does not show how you voted, but you can use it to check that your vote is counted.',
    receiptHelp: 'Receipt code — use it to find your vote on the bulletin board once the ballot is closed',
    nonceHelp: 'Check key — with your choice it recomputes the receipt code and shows that it is yours',
    changeTokenHelp: 'Change code — the only way to change a secret vote; we do not keep it',
    revisionHelp: (n) => (n === 1 ? 'First vote' : `The vote has been changed ${n - 1} ${n - 1 === 1 ? 'time' : 'times'}`),
    revisionLabel: 'Changes', copyReceipt: 'Copy the receipt', copied: 'The receipt is copied.', downloadReceipt: 'Download the receipt as a text file',
    receiptFile: 'receipt', receiptTitle: 'Receipt for a vote', ballotLabel: 'Ballot',
    hasVoted: 'Your organisation has voted', hasVotedAt: 'Your organisation has voted', at: 'at',
    noReceiptHere: 'The receipt is shown only in the tab you voted in, until you log out. Use the one you copied or downloaded when you voted.',
    changeCode: 'Change code from your receipt', changeCodeHint: 'Only to change your secret vote.',
    onThisPage: 'On this page', find: 'Find my receipt', findLabel: 'Receipt code (all of it or its first characters)',
    findButton: 'Find', found: 'Your vote is found and marked in the table.', notFound: 'No vote on the board has this receipt code. Check the code.',
    findEmpty: 'Enter the receipt code', shownFull: 'Show all', confirmClose: 'Close and count the ballot?',
    confirmCloseText: 'Once the ballot is closed, nobody can vote or change their vote, and the result is counted.',
    presentLabel: 'Present', entriesN: (n) => (n === 1 ? '1 ballot cast' : `${n} ballots cast`), votesCast: 'Votes cast', withAVote: 'With a vote', confirmPublishMinutes: 'Publish the minutes?',
    confirmPublishText: 'The minutes become visible to every member, and they are told.', assembly: 'General assembly',
    cancel: 'Cancel', pattern: { NO: 'hatched', ABSTAIN: 'dotted' },
    back: 'Back', chart: 'Votes', chartDesc: 'Horizontal bars: votes per choice.', for: 'for',
    fields: { organisation: 'Organisation', organisationId: 'Organisation', ballot: 'Ballot', state: 'State', proxy: 'Proxy',
      holder: 'Proxy holder', choice: 'Choice', representative: 'Representative', reason: 'Reason', changeToken: 'Code',
      substitute: 'Substitute', place: 'Place', heldAt: 'Held', calledOn: 'Called', itemId: 'Agenda item', elects: 'Elects',
      decisionType: 'Decision type', options: 'Options', seats: 'Seats' },
    err: { required: 'Required', 'too-long': 'Too long', 'out-of-range': 'Out of range', 'before-call': 'Must not be before the call',
      'before-proposals': 'Must not be before the proposals deadline', 'invalid-choice': 'Invalid choice', closed: 'The ballot is closed',
      'not-open': 'The ballot is not open', 'already-voted': 'The organisation has already voted', 'already-requested': 'The organisation has already asked',
      'not-registered': 'You are not the organisation’s registered representative', 'invalid-option': 'Invalid option', 'too-few': 'Too few options',
      'too-many': 'Too many', unknown: 'Unknown', 'unknown-token': 'Unknown code', 'proxy-limit': 'The proxy limit is reached',
      'already-open': 'The ballot is already open', 'in-the-past': 'The date has passed', 'not-checked-in': 'The organisation is not checked in',
      'rules.check-in-before-vote': 'The organisation must be checked in to vote', 'no-decision': 'The item decides nothing',
      'not-the-items': 'Does not match the item’s decision type', 'elects-unknown': 'The item does not say what it elects',
      'not-an-election': 'Only for an election', invalid: 'Invalid', 'not-closed': 'The ballot is not closed', 'choose-one': 'Choose an option' },
  },
};

export function texts(lang) {
  return TEXTS[lang === 'en' ? 'en' : 'da'];
}

let statutes = null;

/** Loads the statutes' texts once: a refusal names the provision it breaks in its own words. */
export async function loadStatutes(api) {
  if (!statutes) statutes = (await api('/voting/statutes')).body;
  return statutes;
}

export function describe(t) {
  return (code) => (statutes && statutes[code]) || t.err[code] || code;
}

export function formatDate(iso, lang) {
  if (!iso) return '—';
  const [date, time] = iso.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const text = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  return time ? `${text} ${time.slice(0, 5)}` : text;
}

/** A canonical choice as voters read it. */
export function choiceText(t, b, choice) {
  if (choice === 'YES') return t.yes;
  if (choice === 'NO') return t.no;
  if (choice === 'ABSTAIN') return t.abstain;
  if (choice === '') return t.blank;
  return choice.split(',').map((id) => (b.options.find((o) => o.id === id) || { label: id }).label).join(', ');
}

/** A rule set's name: the statutes' own, or a local version with the date it applies from. */
export function ruleSetName(t, id, lang) {
  if (id === 'vedtaegter') return t.statutesRules;
  const local = /^lokal-(\d{4}-\d{2}-\d{2})$/.exec(id || '');
  return local ? `${t.localRules} ${formatDate(local[1], lang)}` : id;
}

// Texts of the agenda documents, the material and the minutes' print view, Danish first.
const DOC_TEXTS = {
  da: {
    documents: 'Dokumenter', noDocuments: 'Ingen dokumenter.', upload: 'Tilføj dokument', uploadFile: 'Fil', uploaded: 'Dokumentet er uploadet.',
    deleteDocument: 'Slet', deleted: 'Dokumentet er slettet.', confirmDelete: 'Slet dokumentet?', download: 'Hent',
    accepted: 'PDF, ODF (tekst, regneark, præsentation), Word, Excel, PowerPoint, PNG, JPEG eller ren tekst; højst', size: 'Størrelse', type: 'Type',
    material: 'Materiale til generalforsamlingen', publishMaterial: 'Offentliggør materialet for medlemmerne', materialPublished: 'Materialet blev offentliggjort',
    materialNotPublished: 'Materialet er ikke offentliggjort endnu.', materialSent: 'Materialet er offentliggjort, og medlemmerne får besked.',
    confirmMaterial: 'Offentliggør materialet?', confirmMaterialText: 'Medlemmerne kan herefter læse dokumenterne og får besked.', documentCount: 'Dokumenter',
    confirmDeleteText: 'Dokumentet slettes og kan ikke hentes igen.',
    print: 'Udskriv', downloadPdf: 'Hent PDF', editMinutes: 'Redigér referatets tekst', minutesView: 'Referat', chooseFile: 'Vælg en fil',
    textTypes: { 'application/pdf': 'PDF', 'application/vnd.oasis.opendocument.text': 'ODT', 'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
      'application/vnd.oasis.opendocument.presentation': 'ODP', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'text/plain': 'Tekst' },
    fields: { file: 'Fil', filename: 'Filnavn', lang: 'Sprog' },
    err: { type: 'Filtypen modtages ikke: brug PDF, ODF, Word, Excel, PowerPoint, PNG, JPEG eller ren tekst', 'too-large': 'Filen er for stor',
      invalid: 'Ugyldigt', 'payload-too-large': 'Filen er for stor' },
  },
  en: {
    documents: 'Documents', noDocuments: 'No documents.', upload: 'Upload document', uploadFile: 'File', uploaded: 'The document is uploaded.',
    deleteDocument: 'Delete', deleted: 'The document is deleted.', confirmDelete: 'Delete the document?', download: 'Download',
    accepted: 'PDF, ODF (text, spreadsheet, presentation), Word, Excel, PowerPoint, PNG, JPEG or plain text; at most', size: 'Size', type: 'Type',
    material: 'Material for the general assembly', publishMaterial: 'Publish the material to the members', materialPublished: 'The material was published',
    materialNotPublished: 'The material is not published yet.', materialSent: 'The material is published, and the members are told.',
    confirmMaterial: 'Publish the material?', confirmMaterialText: 'The members can then read the documents and are told.', documentCount: 'Documents',
    confirmDeleteText: 'The document is deleted and cannot be downloaded again.',
    print: 'Print', downloadPdf: 'Download PDF', editMinutes: 'Edit the text of the minutes', minutesView: 'Minutes', chooseFile: 'Choose a file',
    textTypes: { 'application/pdf': 'PDF', 'application/vnd.oasis.opendocument.text': 'ODT', 'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
      'application/vnd.oasis.opendocument.presentation': 'ODP', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'text/plain': 'Text' },
    fields: { file: 'File', filename: 'File name', lang: 'Language' },
    err: { type: 'This file type is not accepted: use PDF, ODF, Word, Excel, PowerPoint, PNG, JPEG or plain text', 'too-large': 'The file is too large',
      invalid: 'Invalid', 'payload-too-large': 'The file is too large' },
  },
};

/** The voting texts with those of documents, material and the print view. */
export function docTexts(lang) {
  const t = texts(lang);
  const d = DOC_TEXTS[lang === 'en' ? 'en' : 'da'];
  return { ...t, ...d, fields: { ...t.fields, ...d.fields }, err: { ...t.err, ...d.err } };
}

/** A size as people read it: 812 B, 240 kB, 1,3 MB. */
export function formatSize(bytes, lang) {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1000000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1000000).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}
