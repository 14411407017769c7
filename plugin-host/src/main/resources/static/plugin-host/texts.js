// Texts of the Partner plugins and Catalogue pages, Danish first.
const TEXTS = {
  da: {
    title: 'Partnerplugins',
    intro: 'Plugins fra partnere: version, hvilken core-api de er bygget til, tillid, tilstand og hvorfor et plugin ikke kører.',
    upload: 'Upload et plugin',
    uploadHint: 'Jar-filen kontrolleres som en jar, der lægges i deploy/: kompatibilitet med core-api og tillid (signatur eller godkendelsesliste).',
    file: 'Jar-fil', uploadButton: 'Upload', chooseFile: 'Vælg en jar-fil.', uploading: 'Uploader …',
    uploaded: (p) => `${p.name || p.symbolicName} ${p.version} er installeret.`,
    installed: 'Installerede partnerplugins', none: 'Der er ingen partnerplugins.',
    plugin: 'Plugin', version: 'Version', coreApi: 'Core-API', trust: 'Tillid', state: 'Tilstand', stateAndReasons: 'Tilstand og årsager',
    pageRoles: 'Sidernes roller', actions: 'Handlinger', organisation: 'Organisation', pluginId: 'Plugin-id',
    lastGood: 'Sidst fungerende version', noLastGood: 'Ingen tidligere version',
    compatible: 'Kompatibel', incompatible: 'Ikke kompatibel', working: 'Virker', notWorking: 'Virker ikke', blocking: 'Holdes tilbage',
    noReasons: 'I orden', noPages: 'Ingen sider', anySignedIn: 'Alle, der er logget ind', dash: '—',
    start: 'Start', stop: 'Stop', rollBack: 'Rul tilbage', uninstall: 'Afinstallér',
    confirmUninstall: (p) => `Afinstallér ${p.name || p.symbolicName}?`,
    uninstallText: 'Jar-filen fjernes fra deploy/, og pluginnet forsvinder fra platformen. Det kan ikke fortrydes; en ny installation kræver jar-filen igen.',
    confirmYes: 'Ja, afinstallér', cancel: 'Annullér',
    started: (n) => `${n} er startet.`, stopped: (n) => `${n} er stoppet.`, uninstalled: (n) => `${n} er afinstalleret.`,
    rolledBack: (p) => `${p.name || p.symbolicName} kører nu version ${p.version} igen.`,
    error: 'Der opstod en fejl', refused: 'Pluginnet blev afvist',
    actionsFor: (n) => `Handlinger for ${n}`,
    trustLabel: {
      signed: 'Signeret', 'allow-listed': 'På godkendelseslisten', unverified: 'Ikke verificeret', refused: 'Afvist', off: 'Kontrol slået fra',
    },
    role: {
      admin: 'Administrator', secretariat: 'Sekretariat', board: 'Bestyrelse', 'member-representative': 'Medlemsrepræsentant',
      partner: 'Leverandørpartner', viewer: 'Læser',
    },
    catalogue: 'Katalog',
    catalogueIntro: 'Plugins, som partnere har bygget til platformen: hvem der har lavet dem, om de passer til platformen, om de er godkendt, og om de virker.',
    catalogueNone: 'Der er ingen partnerplugins endnu.',
    name: 'Navn', compatibility: 'Kompatibilitet', health: 'Helbred', yes: 'Ja', no: 'Nej', unknownOrganisation: 'Ukendt',
    technicalName: 'Teknisk navn', technicalProblem: 'Teknisk besked (engelsk)',
    states: {
      ACTIVE: 'Kører', RESOLVED: 'Klar, ikke startet', INSTALLED: 'Installeret, mangler afhængigheder', STARTING: 'Starter',
      STOPPING: 'Stopper', UNINSTALLED: 'Afinstalleret',
    },
    unknownState: 'Ukendt tilstand',
  },
  en: {
    title: 'Partner plugins',
    intro: 'Plugins from partners: version, the core-api they were built for, trust, state and why a plugin does not run.',
    upload: 'Upload a plugin',
    uploadHint: 'The jar is checked as a jar dropped into deploy/ is: compatibility with core-api and trust (signature or allow-list).',
    file: 'Jar file', uploadButton: 'Upload', chooseFile: 'Choose a jar file.', uploading: 'Uploading …',
    uploaded: (p) => `${p.name || p.symbolicName} ${p.version} is installed.`,
    installed: 'Installed partner plugins', none: 'There are no partner plugins.',
    plugin: 'Plugin', version: 'Version', coreApi: 'Core API', trust: 'Trust', state: 'State', stateAndReasons: 'State and reasons',
    pageRoles: 'Roles of its pages', actions: 'Actions', organisation: 'Organisation', pluginId: 'Plugin id',
    lastGood: 'Last good version', noLastGood: 'No earlier version',
    compatible: 'Compatible', incompatible: 'Not compatible', working: 'Working', notWorking: 'Not working', blocking: 'Held back',
    noReasons: 'OK', noPages: 'No pages', anySignedIn: 'Everyone signed in', dash: '—',
    start: 'Start', stop: 'Stop', rollBack: 'Roll back', uninstall: 'Uninstall',
    confirmUninstall: (p) => `Uninstall ${p.name || p.symbolicName}?`,
    uninstallText: 'Its jar is removed from deploy/ and the plugin leaves the platform. This cannot be undone; installing it again needs the jar.',
    confirmYes: 'Yes, uninstall', cancel: 'Cancel',
    started: (n) => `${n} is started.`, stopped: (n) => `${n} is stopped.`, uninstalled: (n) => `${n} is uninstalled.`,
    rolledBack: (p) => `${p.name || p.symbolicName} runs version ${p.version} again.`,
    error: 'Something went wrong', refused: 'The plugin was refused',
    actionsFor: (n) => `Actions for ${n}`,
    trustLabel: {
      signed: 'Signed', 'allow-listed': 'Allow-listed', unverified: 'Unverified', refused: 'Refused', off: 'Check switched off',
    },
    role: {
      admin: 'Administrator', secretariat: 'Secretariat', board: 'Board', 'member-representative': 'Member representative',
      partner: 'Supplier partner', viewer: 'Viewer',
    },
    catalogue: 'Catalogue',
    catalogueIntro: 'Plugins partners have built for the platform: who made them, whether they fit the platform, whether they are trusted and whether they work.',
    catalogueNone: 'There are no partner plugins yet.',
    name: 'Name', compatibility: 'Compatibility', health: 'Health', yes: 'Yes', no: 'No', unknownOrganisation: 'Unknown',
    technicalName: 'Technical name', technicalProblem: 'Technical message',
    states: {
      ACTIVE: 'Running', RESOLVED: 'Ready, not started', INSTALLED: 'Installed, dependencies missing', STARTING: 'Starting',
      STOPPING: 'Stopping', UNINSTALLED: 'Uninstalled',
    },
    unknownState: 'Unknown state',
  },
};

/** @return the texts in the user's language */
export function texts(lang) {
  return TEXTS[lang === 'en' ? 'en' : 'da'];
}

/** @return the trust status in words */
export function trustLabel(t, trust) {
  return t.trustLabel[trust] || trust || t.dash;
}

/** @return a bundle state (ACTIVE, RESOLVED …) in words */
export function stateLabel(t, state) {
  return t.states[state] || t.unknownState;
}

/** Adds the pages' stylesheet once. */
export function ensureStylesheet(ctx) {
  ctx.stylesheet('/console/plugins/plugin-host/plugins.css');
}
