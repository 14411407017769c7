// The Plugins page: every platform and partner bundle with version, state and what is wrong:
// first what the plugin gate says (in the user's language), then the technical problems.
export async function render(root, ctx) {
  const { el, t, api, lang } = ctx;
  const bundles = (await api('/console/bundles')).body;
  const rows = bundles.map((b) => {
    const working = b.state === 'ACTIVE' && b.problems.length === 0 && !b.notices.some((n) => n.blocking);
    const reasons = [
      ...b.notices.map((n) => el('li', { 'data-notice': n.code, class: n.blocking ? 'os2-notice-blocking' : 'os2-notice' },
        lang === 'en' ? n.en : n.da)),
      ...b.problems.map((p) => el('li', {}, p)),
    ];
    return el('tr', { 'data-bundle': b.symbolicName },
      el('td', {}, el('span', {}, b.name || b.symbolicName), el('br'), el('small', {}, b.symbolicName)),
      el('td', {}, b.version),
      el('td', {}, b.platform ? t('platform') : t('partner')),
      el('td', { class: working ? 'os2-state-active' : 'os2-state-problem' }, b.state),
      el('td', {}, reasons.length ? el('ul', { class: 'os2-problems' }, reasons) : t('ok')));
  });
  root.append(el('h1', {}, t('plugins')), el('p', {}, t('pluginsIntro')),
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'bundle-table' },
      el('thead', {}, el('tr', {}, [t('bundle'), t('version'), t('origin'), t('state'), t('problems')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows))));
}
