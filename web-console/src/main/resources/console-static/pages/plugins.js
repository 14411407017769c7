// The Plugins page: every platform and partner bundle with version, state and what is wrong:
// first what the plugin gate says (in the user's language), then the technical problems, which are
// the framework's own words in English and marked so.
const TEXTS = {
  da: {
    plugins: 'Plugins', intro: 'Platformens egne dele og partneres plugins: version, tilstand og hvad der eventuelt er galt.',
    bundle: 'Del', version: 'Version', origin: 'Oprindelse', state: 'Tilstand', problems: 'Hvad er galt',
    platform: 'Platformen', partner: 'Partner', ok: 'I orden', technical: 'Teknisk navn', blocking: 'Holdes tilbage',
    count: (n) => `${n} dele`, technicalProblem: 'Teknisk besked (engelsk)',
    'state.ACTIVE': 'Kører', 'state.RESOLVED': 'Klar, ikke startet', 'state.INSTALLED': 'Installeret, mangler afhængigheder',
    'state.STARTING': 'Starter', 'state.STOPPING': 'Stopper', 'state.UNINSTALLED': 'Afinstalleret', 'state.unknown': 'Ukendt tilstand',
    names: {
      'eu.os2.platform.core-api': 'Platformens API for plugins', 'eu.os2.platform.core': 'Platformens kerne',
      'eu.os2.platform.web-console': 'Webkonsol og REST-API', 'eu.os2.platform.plugin-host': 'Partnerplugins og katalog',
      'eu.os2.platform.initiatives': 'Strategi og initiativer', 'eu.os2.platform.onboarding': 'Produkter og onboarding',
      'eu.os2.platform.payments': 'Betalinger', 'eu.os2.platform.voting': 'Generalforsamlinger og afstemninger',
    },
  },
  en: {
    plugins: 'Plugins', intro: 'The platform\'s own parts and partners\' plugins: version, state and what is wrong, if anything.',
    bundle: 'Part', version: 'Version', origin: 'Origin', state: 'State', problems: 'What is wrong',
    platform: 'Platform', partner: 'Partner', ok: 'OK', technical: 'Technical name', blocking: 'Held back',
    count: (n) => `${n} parts`, technicalProblem: 'Technical message',
    'state.ACTIVE': 'Running', 'state.RESOLVED': 'Ready, not started', 'state.INSTALLED': 'Installed, dependencies missing',
    'state.STARTING': 'Starting', 'state.STOPPING': 'Stopping', 'state.UNINSTALLED': 'Uninstalled', 'state.unknown': 'Unknown state',
    names: {
      'eu.os2.platform.core-api': 'Platform API for plugins', 'eu.os2.platform.core': 'Platform core',
      'eu.os2.platform.web-console': 'Web console and REST API', 'eu.os2.platform.plugin-host': 'Partner plugins and catalogue',
      'eu.os2.platform.initiatives': 'Strategy and initiatives', 'eu.os2.platform.onboarding': 'Products and onboarding',
      'eu.os2.platform.payments': 'Payments', 'eu.os2.platform.voting': 'General assemblies and voting',
    },
  },
};

/** @return the bundle's state in words */
export function stateText(t, state) {
  return t[`state.${state}`] || t['state.unknown'];
}

/** @return a readable name: the platform's own in the user's language, a partner's from its Bundle-Name */
function readableName(t, b) {
  return t.names[b.symbolicName] || (b.name ? b.name.replace(/^OS2 Platform - /, '') : b.symbolicName);
}

export async function render(root, ctx) {
  const { el, api, lang } = ctx;
  const t = TEXTS[lang === 'en' ? 'en' : 'da'];
  ctx.title(t.plugins);
  const bundles = (await api('/console/bundles')).body;
  const rows = bundles.map((b) => {
    const working = b.state === 'ACTIVE' && b.problems.length === 0 && !b.notices.some((n) => n.blocking);
    const reasons = [
      ...b.notices.map((n) => el('li', { 'data-notice': n.code, class: n.blocking ? 'os2-notice-blocking' : 'os2-notice' },
        n.blocking ? `${t.blocking}: ` : null, lang === 'en' ? n.en : n.da)),
      // the framework's message: English, and the technical detail an administrator may need
      ...b.problems.map((p) => el('li', { class: 'os2-problem' },
        el('span', { class: 'os2-plugin-meta' }, `${t.technicalProblem}: `),
        lang === 'en' ? el('code', {}, p) : el('code', { lang: 'en' }, p))),
    ];
    return el('tr', { 'data-bundle': b.symbolicName },
      el('th', { scope: 'row' }, el('span', { class: 'os2-bundle-name' }, readableName(t, b)), el('br'),
        el('small', { class: 'os2-bundle-technical' }, `${t.technical}: `, el('code', { lang: 'en' }, b.symbolicName))),
      el('td', {}, b.version),
      el('td', {}, b.platform ? t.platform : t.partner),
      el('td', { class: working ? 'os2-state-active' : 'os2-state-problem', 'data-state': b.state }, stateText(t, b.state)),
      el('td', {}, reasons.length ? el('ul', { class: 'os2-problems' }, reasons) : t.ok));
  });
  root.append(el('h1', {}, t.plugins), el('p', {}, t.intro), el('p', { id: 'bundle-count' }, t.count(bundles.length)),
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'bundle-table' },
      el('thead', {}, el('tr', {}, [t.bundle, t.version, t.origin, t.state, t.problems].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows))));
}
