// The API page (partners and administrators): the platform's REST API as /api/v1/openapi.json
// describes it — every operation of the platform's and the installed partner bundles, grouped by
// area, with who may call it — and the description itself to download for code generators.
const TEXTS = {
  da: {
    title: 'API', intro: 'Platformens REST-API og de installerede partnerbundles\' API, som OpenAPI-beskrivelsen viser dem. Log ind med POST /auth/login, og send svarets csrfToken i X-CSRF-Token ved hver ændring. Fejl er problem+json (RFC 9457).',
    download: 'Hent OpenAPI-beskrivelsen (JSON)', method: 'Metode', path: 'Sti', who: 'Hvem må kalde', operations: 'operationer',
    public: 'Alle, også uden log ind', anyone: 'Alle, der er logget ind', filter: 'Filtrer (sti eller rolle)',
    'role.admin': 'Administrator', 'role.secretariat': 'Sekretariat', 'role.board': 'Bestyrelse',
    'role.member-representative': 'Medlemsrepræsentant', 'role.partner': 'Leverandørpartner', 'role.viewer': 'Læser',
  },
  en: {
    title: 'API', intro: 'The REST API of the platform and of the installed partner bundles, as the OpenAPI description shows them. Sign in with POST /auth/login and send the answer\'s csrfToken in X-CSRF-Token with every change. Errors are problem+json (RFC 9457).',
    download: 'Download the OpenAPI description (JSON)', method: 'Method', path: 'Path', who: 'Who may call', operations: 'operations',
    public: 'Anyone, also without login', anyone: 'Anyone signed in', filter: 'Filter (path or role)',
    'role.admin': 'Administrator', 'role.secretariat': 'Secretariat', 'role.board': 'Board',
    'role.member-representative': 'Member representative', 'role.partner': 'Supplier partner', 'role.viewer': 'Viewer',
  },
};

export async function render(root, ctx) {
  const { el, api, clear } = ctx;
  const tt = (key) => TEXTS[ctx.lang][key] || key;
  const description = (await api('/openapi.json')).body;
  const rows = [];
  for (const [path, item] of Object.entries(description.paths || {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
      const who = operation['x-public'] ? tt('public')
        : (operation['x-roles'] || []).map((r) => (r === '**' ? tt('anyone') : tt(`role.${r}`))).join(', ');
      rows.push({ area: path.split('/')[1] || '', method: method.toUpperCase(), path, who });
    }
  }
  rows.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  const filter = el('input', { class: 'form-input', type: 'search', id: 'api-filter' });
  const count = el('p', { id: 'api-count', role: 'status', 'aria-live': 'polite' });
  const tables = el('div', { id: 'api-areas' });
  function show() {
    const q = filter.value.trim().toLowerCase();
    const shown = rows.filter((r) => !q || r.path.toLowerCase().includes(q) || r.who.toLowerCase().includes(q));
    count.textContent = `${shown.length} ${tt('operations')}`;
    clear(tables);
    for (const area of [...new Set(shown.map((r) => r.area))]) {
      const mine = shown.filter((r) => r.area === area);
      tables.append(el('h2', {}, `/${area}`), el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', 'data-area': area },
        el('thead', {}, el('tr', {}, [tt('method'), tt('path'), tt('who')].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, mine.map((r) => el('tr', {}, el('td', {}, el('code', {}, r.method)), el('th', { scope: 'row' }, el('code', {}, r.path)),
          el('td', {}, r.who)))))));
    }
  }
  filter.addEventListener('input', show);
  root.append(el('h1', {}, tt('title')), el('p', {}, tt('intro')),
    el('p', {}, el('a', { href: '/api/v1/openapi.json', id: 'api-download', download: 'os2-platform-openapi.json' }, tt('download'))),
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'api-filter' }, tt('filter')), filter), count, tables);
  show();
}
