// Texts of the product pages, Danish first.
const TEXTS = {
  da: {
    supplied: 'Produkter, I leverer til', suppliesNone: 'Ingen produkter nævner jer som leverandør.',
    products: 'Produkter', pipeline: 'Vejen fra idé til produkt', IDEA: 'Idé', PROJECT: 'Projekt', PRODUCT: 'Produkt',
    steps: { IDEA: 'Idé', DIALOGUE: 'Dialog med sekretariatet', PRE_ANALYSIS: 'Forundersøgelse', GOVERNANCE_FINANCE: 'Styring og økonomi', BOARD_APPROVAL: 'Bestyrelsens godkendelse', PRODUCT: 'Produkt' },
    items: { 'open-licence': 'Åben licens (eller licens under afklaring)', 'public-owner': 'Mindst én offentlig ejer', 'governance-plan': 'Foreløbig plan for styring',
      'finance-plan': 'Foreløbig plan for finansiering', 'shared-need': 'Fælles behov', 'osi-licence': 'OSI-godkendt licens', 'two-authorities': 'Mindst to myndigheder',
      governancePlan: 'Foreløbig plan for styring', financePlan: 'Foreløbig plan for finansiering', sharedNeed: 'Fælles behov', governanceInPlace: 'Styring på plads',
      longTermFunding: 'Langsigtet finansiering', publicDocumentation: 'Offentlig dokumentation', roadmap: 'Køreplan' },
    levels: { SANDBOX: 'Sandkasse', LEVEL_1: 'Niveau 1', LEVEL_2: 'Niveau 2', LEVEL_3: 'Niveau 3', null: 'Intet niveau' },
    perLevel: 'Produkter pr. niveau', perLevelDesc: 'Søjlediagram: antal produkter på hvert modenhedsniveau.', level: 'Niveau', step: 'Trin',
    register: 'Registrér en idé', name: 'Navn', purpose: 'Formål', licence: 'Licens (SPDX, fx MPL-2.0)', owner: 'Ejer', editProduct: 'Redigér produktet', clarifying: 'Licensen er under afklaring', steeringGroup: 'Styregruppe (én pr. linje)', coordinationGroup: 'Koordinationsgruppe (én pr. linje)', suppliers: 'Leverandører (én pr. linje)', linksEdit: 'Henvisninger (én pr. linje: initiative:7, decision:12 eller en https-adresse)', chooseMany: 'Vælg flere med Ctrl (Cmd på Mac)', choose: 'Vælg',
    repository: 'Kodearkiv (https)', coordinator: 'Produktkoordinator (brugernavn)', owners: 'Ejere', supporters: 'Støtter', links: 'Henvisninger', facts: 'Forhold på plads',
    gates: 'Adgangskrav', PROJECT_gate: 'Adgang som projekt', PRODUCT_gate: 'Adgang som produkt', met: 'Opfyldt', missing: 'Mangler', exception: 'Undtagelse',
    advance: 'Flyt til næste trin', explain: 'Registrér undtagelse (følg eller forklar)', explanation: 'Forklaring', gate: 'Krav',
    history: 'Historik', assessments: 'Vurderinger', checklist: 'Tjekliste', round: 'Runde', deadline: 'Frist', state: 'Status',
    qualifies: 'Kvalificerer til', before: 'Før næste niveau mangler', nothing: 'intet', open: 'Åbn vurderingen', save: 'Gem', submit: 'Aflever selvevaluering',
    evaluate: 'Gem sekretariatets vurdering', review: 'Registrér styregruppens anbefaling', decide: 'Træf beslutning om niveau', note: 'Bemærkning',
    reason: 'Begrundelse', recommended: 'Anbefalet niveau', light: 'Trafiklys', theme: 'Tema', criterion: 'Kriterium', mark: 'Vurdering', evidence: 'Dokumentation (links, mellemrum imellem)',
    marks: { '': '(ikke udfyldt)', MET: 'Opfyldt', NOT_MET: 'Ikke opfyldt', NOT_RELEVANT: 'Ikke relevant', UNCLEAR: 'Uafklaret' },
    states: { DRAFT: 'Kladde', SUBMITTED: 'Afleveret', EVALUATED: 'Vurderet af sekretariatet', REVIEWED: 'Behandlet af styregruppen', DECIDED: 'Besluttet' },
    themes: { relevance: 'Relevans', formal: 'Formelle krav', strategic: 'Strategi', governance: 'Styring' },
    recommendation: 'anbefaling', reminders: 'Mangler selvevaluering', daysLate: 'dage over fristen', queue: 'Til behandling',
    publiccode: 'Indlæs publiccode.yml', yaml: 'Indhold af publiccode.yml', publiccodeUrl: 'Adresse på filen (https, fx i produktets kodearkiv)', fetchPubliccode: 'Hent fra adressen', chooseFile: 'Eller vælg filen', imported: 'Indlæst', marked: 'opfylder', back: 'Tilbage',
    saved: 'Gemt.', error: 'Noget gik galt', fixErrors: 'Ret de markerede felter', conflict: 'En anden har ændret oplysningerne imens. Hent siden igen.',
    err: { required: 'Skal udfyldes', 'too-long': 'For lang', duplicate: 'Findes allerede', 'invalid-url': 'Skal være en https-adresse', 'unknown-organisation': 'Ukendt organisation',
      'not-next-step': 'Kun næste trin', 'gate-not-met': 'Mangler', incomplete: 'Alle kriterier skal vurderes', 'not-draft': 'Vurderingen er afleveret',
      'invalid-yaml': 'Filen er ikke gyldig YAML', 'not-publiccode': 'Filen er ikke en publiccode.yml', empty: 'Tom', 'too-large': 'For stor',
      'unknown-criterion': 'Ukendt kriterium', 'not-submitted': 'Ikke afleveret', 'not-evaluated': 'Ikke vurderet', 'not-reviewed': 'Ikke behandlet', 'invalid-ref': 'Ugyldig henvisning', 'unknown-fact': 'Ukendt forhold', 'private-address': 'Adressen peger ind i et internt netværk', 'fetch-failed': 'Filen kunne ikke hentes: adressen skal give selve filen, uden omdirigering' },
  },
  en: {
    supplied: 'Products you supply', suppliesNone: 'No product names you as its supplier.',
    products: 'Products', pipeline: 'The path from idea to product', IDEA: 'Idea', PROJECT: 'Project', PRODUCT: 'Product',
    steps: { IDEA: 'Idea', DIALOGUE: 'Talk with the secretariat', PRE_ANALYSIS: 'Pre-analysis', GOVERNANCE_FINANCE: 'Governance and finance', BOARD_APPROVAL: 'Board approval', PRODUCT: 'Product' },
    items: { 'open-licence': 'An open licence (or one being clarified)', 'public-owner': 'At least one public owner', 'governance-plan': 'Preliminary governance plan',
      'finance-plan': 'Preliminary finance plan', 'shared-need': 'A shared need', 'osi-licence': 'An OSI-approved licence', 'two-authorities': 'At least two authorities',
      governancePlan: 'Preliminary governance plan', financePlan: 'Preliminary finance plan', sharedNeed: 'A shared need', governanceInPlace: 'Governance in place',
      longTermFunding: 'Long-term funding', publicDocumentation: 'Public documentation', roadmap: 'Roadmap' },
    levels: { SANDBOX: 'Sandbox', LEVEL_1: 'Level 1', LEVEL_2: 'Level 2', LEVEL_3: 'Level 3', null: 'No level' },
    perLevel: 'Products per level', perLevelDesc: 'Bar chart: number of products at each maturity level.', level: 'Level', step: 'Step',
    register: 'Register an idea', name: 'Name', purpose: 'Purpose', licence: 'Licence (SPDX, e.g. MPL-2.0)', owner: 'Owner', editProduct: 'Edit the product', clarifying: 'The licence is being clarified', steeringGroup: 'Steering group (one per line)', coordinationGroup: 'Coordination group (one per line)', suppliers: 'Suppliers (one per line)', linksEdit: 'Links (one per line: initiative:7, decision:12 or an https address)', chooseMany: 'Choose several with Ctrl (Cmd on a Mac)', choose: 'Choose',
    repository: 'Repository (https)', coordinator: 'Product coordinator (username)', owners: 'Owners', supporters: 'Supporters', links: 'Links', facts: 'In place',
    gates: 'Gates', PROJECT_gate: 'Entry as a project', PRODUCT_gate: 'Entry as a product', met: 'Met', missing: 'Missing', exception: 'Exception',
    advance: 'Move to the next step', explain: 'Record an exception (follow or explain)', explanation: 'Explanation', gate: 'Gate',
    history: 'History', assessments: 'Assessments', checklist: 'Checklist', round: 'Round', deadline: 'Deadline', state: 'State',
    qualifies: 'Qualifies for', before: 'Missing before the next level', nothing: 'nothing', open: 'Open the assessment', save: 'Save', submit: 'Hand in the self-assessment',
    evaluate: 'Save the secretariat’s evaluation', review: 'Record the steering group’s recommendation', decide: 'Decide the level', note: 'Note',
    reason: 'Reason', recommended: 'Recommended level', light: 'Traffic light', theme: 'Theme', criterion: 'Criterion', mark: 'Mark', evidence: 'Evidence (links, space separated)',
    marks: { '': '(not filled in)', MET: 'Met', NOT_MET: 'Not met', NOT_RELEVANT: 'Not relevant', UNCLEAR: 'Unclear' },
    states: { DRAFT: 'Draft', SUBMITTED: 'Handed in', EVALUATED: 'Evaluated by the secretariat', REVIEWED: 'Reviewed by the steering group', DECIDED: 'Decided' },
    themes: { relevance: 'Relevance', formal: 'Formal', strategic: 'Strategy', governance: 'Governance' },
    recommendation: 'recommendation', reminders: 'Self-assessment missing', daysLate: 'days past the deadline', queue: 'To be handled',
    publiccode: 'Read publiccode.yml', yaml: 'Content of publiccode.yml', publiccodeUrl: 'Address of the file (https, e.g. in the product’s repository)', fetchPubliccode: 'Fetch from the address', chooseFile: 'Or choose the file', imported: 'Read', marked: 'meets', back: 'Back',
    saved: 'Saved.', error: 'Something went wrong', fixErrors: 'Correct the marked fields', conflict: 'Someone else changed the data meanwhile. Reload the page.',
    err: { required: 'Required', 'too-long': 'Too long', duplicate: 'Already exists', 'invalid-url': 'Must be an https address', 'unknown-organisation': 'Unknown organisation',
      'not-next-step': 'Only the next step', 'gate-not-met': 'Missing', incomplete: 'Every criterion must be marked', 'not-draft': 'The assessment is handed in',
      'invalid-yaml': 'The file is not valid YAML', 'not-publiccode': 'The file is not a publiccode.yml', empty: 'Empty', 'too-large': 'Too large',
      'unknown-criterion': 'Unknown criterion', 'not-submitted': 'Not handed in', 'not-evaluated': 'Not evaluated', 'not-reviewed': 'Not reviewed', 'invalid-ref': 'Invalid reference', 'unknown-fact': 'Unknown fact', 'private-address': 'The address points into an internal network', 'fetch-failed': 'The file could not be fetched: the address must give the file itself, without a redirect' },
  },
};

export function texts(lang) {
  return TEXTS[lang === 'en' ? 'en' : 'da'];
}

export function describe(t) {
  return (code) => t.err[code] || code;
}
