// The Members page: list with search and filters, detail, and editing for the secretariat.
const KINDS = ['MUNICIPALITY', 'REGION', 'STATE', 'OTHER_PUBLIC', 'SUPPLIER_PARTNER'];
const STATUSES = ['ACTIVE', 'SUSPENDED', 'WITHDRAWN'];
const TIERS = ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'];
const PAGE_SIZE = 25;
const ROLES = ['admin', 'secretariat', 'board', 'member-representative', 'partner', 'viewer'];

// The page's own texts; the shell's (ctx.t) hold the rest.
const TEXTS = {
  da: {
    csv: 'Hent som CSV', csvFile: 'os2-medlemmer.csv', csvHint: 'Hele listen med den søgning, der er valgt, til et regneark.',
    representatives: 'Repræsentanter', noRepresentatives: 'Organisationen har ingen brugere på platformen.',
    representativesHint: 'Personer, der handler for organisationen på platformen.',
    elsewhere: 'På de andre sider', payments: 'Betalinger, fakturaer og betalingsstatus', voting: 'Generalforsamlinger og afstemninger',
    products: 'Produkter', productsTaken: 'Produkter, organisationen har aftale om', noProducts: 'Ingen produktaftaler.',
    fromTo: 'fra', until: 'til', passive: 'passiv', details: 'Oplysninger',
    'err.cvr.format': 'CVR-nummeret er 8 cifre, fx 29189846',
    'err.cvr.taken': 'En anden organisation har allerede dette CVR-nummer',
    'err.ean.format': 'EAN/GLN-nummeret er 13 cifre, fx 5798000420526',
    'err.municipalityCode.range': 'Kommunekoden er et tal fra 101 til 999, fx 751 for Aarhus',
    'err.municipalityCode.required': 'En kommune skal have sin kommunekode, fx 751',
    'err.population.type': 'Skriv indbyggertallet som et helt tal uden punktum, fx 361544',
    'err.municipalityCode.type': 'Skriv kommunekoden som et tal, fx 751',
    'err.type': 'Skriv et tal', 'err.invalid': 'Ugyldig værdi', 'err.out-of-range': 'Uden for det tilladte',
    'err.invalid-character': 'Indeholder et tegn, der ikke kan gemmes', 'err.joined.out-of-range': 'Skriv en dato, fx 01-05-2012',
    'status.INVITED': 'Inviteret', 'status.ACTIVE': 'Aktiv', 'status.DEACTIVATED': 'Deaktiveret',
    'role.admin': 'Administrator', 'role.secretariat': 'Sekretariat', 'role.board': 'Bestyrelse',
    'role.member-representative': 'Medlemsrepræsentant', 'role.partner': 'Leverandørpartner', 'role.viewer': 'Læser',
  },
  en: {
    csv: 'Download as CSV', csvFile: 'os2-members.csv', csvHint: 'The whole list with the search chosen, for a spreadsheet.',
    representatives: 'Representatives', noRepresentatives: 'The organisation has no users on the platform.',
    representativesHint: 'People who act for the organisation on the platform.',
    elsewhere: 'On the other pages', payments: 'Payments, invoices and payment standing', voting: 'General assemblies and ballots',
    products: 'Products', productsTaken: 'Products the organisation has an agreement on', noProducts: 'No product agreements.',
    fromTo: 'from', until: 'until', passive: 'passive', details: 'Details',
    'err.cvr.format': 'A CVR number is 8 digits, e.g. 29189846',
    'err.cvr.taken': 'Another organisation has this CVR number already',
    'err.ean.format': 'An EAN/GLN number is 13 digits, e.g. 5798000420526',
    'err.municipalityCode.range': 'A municipality code is a number from 101 to 999, e.g. 751 for Aarhus',
    'err.municipalityCode.required': 'A municipality needs its municipality code, e.g. 751',
    'err.population.type': 'Write the population as a whole number without separators, e.g. 361544',
    'err.municipalityCode.type': 'Write the municipality code as a number, e.g. 751',
    'err.type': 'Write a number', 'err.invalid': 'Invalid value', 'err.out-of-range': 'Out of range',
    'err.invalid-character': 'Holds a character that cannot be stored', 'err.joined.out-of-range': 'Write a date, e.g. 2012-05-01',
    'status.INVITED': 'Invited', 'status.ACTIVE': 'Active', 'status.DEACTIVATED': 'Deactivated',
    'role.admin': 'Administrator', 'role.secretariat': 'Secretariat', 'role.board': 'Board',
    'role.member-representative': 'Member representative', 'role.partner': 'Supplier partner', 'role.viewer': 'Viewer',
  },
};

/** The page's text for a key, else the shell's. */
function words(ctx) {
  const table = TEXTS[ctx.lang === 'en' ? 'en' : 'da'];
  return (key) => (key in table ? table[key] : ctx.t(key));
}

export async function render(root, ctx) {
  if (ctx.route && ctx.route[0]) return detail(root, ctx, ctx.route[0]);
  return list(root, ctx);
}

function formatDate(iso, lang) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC' });
}

function number(n, lang) {
  return n === null || n === undefined ? '—' : n.toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK');
}

function select(ctx, id, label, values, prefix, selected, withAny) {
  const { el, t } = ctx;
  const options = [];
  if (withAny) options.push(el('option', { value: '' }, withAny));
  for (const v of values) options.push(el('option', { value: v, selected: v === selected }, t(`${prefix}.${v}`)));
  return el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: id }, label),
    el('select', { class: 'form-select', id, name: id }, options));
}

async function list(root, ctx) {
  const { el, api, clear, alert, lang } = ctx;
  const t = words(ctx);
  ctx.title(t('members'));
  const params = new URLSearchParams(sessionStorage.getItem('os2.members.query') || '');
  const search = el('input', { class: 'form-input', type: 'search', id: 'member-search', name: 'q', value: params.get('q') || '' });
  const kind = select(ctx, 'member-kind', t('kind'), KINDS, 'kind', params.get('kind') || '', t('any'));
  const membersOnly = el('input', { class: 'form-checkbox', type: 'checkbox', id: 'member-only', checked: params.get('membersOnly') === 'true' });
  const status = el('p', { id: 'member-count', role: 'status', 'aria-live': 'polite' });
  const tableBody = el('tbody', { id: 'member-rows' });
  const pager = el('div', { class: 'os2-pager' });
  let offset = Number(params.get('offset') || 0);

  const form = el('form', { class: 'os2-toolbar', role: 'search', id: 'member-search-form' },
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'member-search' }, t('search')), search),
    kind,
    el('div', { class: 'form-group os2-checkbox' }, membersOnly, el('label', { for: 'member-only' }, t('membersOnly'))),
    el('button', { class: 'button button-primary', type: 'submit', id: 'member-search-button' }, t('search').split(' ')[0]));

  /** The search as chosen in the form (without paging). */
  function criteria() {
    const query = new URLSearchParams();
    if (search.value.trim()) query.set('q', search.value.trim());
    const k = root.querySelector('#member-kind').value;
    if (k) query.set('kind', k);
    if (membersOnly.checked) query.set('membersOnly', 'true');
    return query;
  }

  const csvMessages = el('div', { id: 'member-csv-messages', 'aria-live': 'polite' });
  const csvButton = el('button', { class: 'button button-secondary', type: 'button', id: 'member-csv', 'aria-describedby': 'member-csv-hint' },
    ctx.icon ? ctx.icon('download') : null, t('csv'));
  csvButton.addEventListener('click', async () => {
    clear(csvMessages);
    csvButton.disabled = true;
    try {
      const query = criteria().toString();
      await ctx.download(`/members.csv${query ? `?${query}` : ''}`, t('csvFile'));
    } catch (e) {
      ctx.showFailure(csvMessages, e, { texts: { fixErrors: t('fixErrors'), error: t('error'), conflict: t('conflict') } });
    } finally {
      csvButton.disabled = false;
    }
  });

  async function load() {
    const query = criteria();
    query.set('offset', offset);
    sessionStorage.setItem('os2.members.query', query.toString());
    query.set('limit', PAGE_SIZE);
    try {
      const page = (await api(`/members?${query}`)).body;
      clear(tableBody);
      for (const o of page.items) {
        tableBody.append(el('tr', {},
          el('td', {}, el('a', { href: `#/members/${o.id}` }, o.name)),
          el('td', {}, t(`kind.${o.kind}`)),
          el('td', {}, o.cvr),
          el('td', {}, o.sizeTier ? t(`tier.${o.sizeTier}`) : '—'),
          el('td', {}, o.membership ? t(`status.${o.membership.status}`) : t('noMembership')),
          el('td', {}, o.membership ? formatDate(o.membership.joined, lang) : '—')));
      }
      status.textContent = `${page.total} ${t('results')}`;
      clear(pager);
      if (page.offset > 0) pager.append(el('button', { class: 'button button-secondary', type: 'button', onclick: () => { offset = Math.max(0, offset - PAGE_SIZE); load(); } }, t('previous')));
      if (page.offset + page.items.length < page.total) pager.append(el('button', { class: 'button button-secondary', type: 'button', onclick: () => { offset += PAGE_SIZE; load(); } }, t('next')));
    } catch (e) {
      clear(status).append(alert('error', t('error'), e.message));
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); offset = 0; load(); });
  root.append(el('h1', {}, t('members')), form,
    el('div', { class: 'os2-csv' }, csvButton, el('p', { class: 'form-hint', id: 'member-csv-hint' }, t('csvHint')), csvMessages),
    status,
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'member-table' },
      el('thead', {}, el('tr', {}, [t('name'), t('kind'), t('cvr'), t('sizeTier'), t('status'), t('joined')].map((h) => el('th', { scope: 'col' }, h)))),
      tableBody)),
    pager);
  await load();
}

async function detail(root, ctx, id) {
  const { el, api, clear, alert, lang, hasRole } = ctx;
  const t = words(ctx);
  const response = await api(`/members/${encodeURIComponent(id)}`);
  let organisation = response.body;
  let etag = response.etag;
  ctx.title(organisation.name);
  const messages = el('div', { id: 'member-messages', 'aria-live': 'polite' });
  const body = el('div');
  const related = el('div', { id: 'member-related' });
  root.append(el('p', {}, el('a', { href: '#/members', class: 'back-link' }, t('back'))), el('h1', { id: 'member-name' }, organisation.name), messages, body, related);

  function show() {
    clear(body);
    const o = organisation;
    const rows = [
      [t('kind'), t(`kind.${o.kind}`)], [t('cvr'), o.cvr], [t('ean'), o.ean || '—'],
      [t('municipalityCode'), o.municipalityCode ?? '—'], [t('region'), o.region || '—'],
      [t('population'), number(o.population, lang)], [t('sizeTier'), o.sizeTier ? t(`tier.${o.sizeTier}`) : '—'],
      [t('status'), o.membership ? t(`status.${o.membership.status}`) : t('noMembership')],
      [t('joined'), o.membership ? formatDate(o.membership.joined, lang) : '—'],
      [t('votingRight'), o.activeMember ? t('yes') : t('no')],
    ];
    body.append(el('h2', { id: 'member-details-title' }, t('details')),
      el('dl', { class: 'os2-details', 'aria-labelledby': 'member-details-title' }, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
    if (hasRole('secretariat')) {
      body.append(el('button', { class: 'button button-primary', type: 'button', id: 'member-edit', onclick: edit }, t('edit')));
    }
  }

  /** What else the platform knows about the organisation: its people and its parts on the other pages. */
  async function showRelated() {
    clear(related);
    if (hasRole('secretariat')) related.append(await representatives(ctx, t, organisation));
    related.append(await elsewhere(ctx, t, organisation));
  }

  const field = ctx.forms.field;

  function edit() {
    clear(messages);
    clear(body);
    const o = organisation;
    const input = (name, value, attrs = {}) => el('input', { class: 'form-input', id: `field-${name}`, name, value: value ?? '', ...attrs });
    const options = (name, values, prefix, selected, empty) => el('select', { class: 'form-select', id: `field-${name}`, name },
      empty !== undefined ? el('option', { value: '' }, empty) : null,
      values.map((v) => el('option', { value: v, selected: v === selected }, t(`${prefix}.${v}`))));
    const form = el('form', { id: 'member-form', novalidate: true },
      field('name', t('name'), input('name', o.name)),
      field('cvr', t('cvr'), input('cvr', o.cvr, { inputmode: 'numeric' })),
      field('ean', t('ean'), input('ean', o.ean, { inputmode: 'numeric' })),
      field('kind', t('kind'), options('kind', KINDS, 'kind', o.kind)),
      field('municipalityCode', t('municipalityCode'), input('municipalityCode', o.municipalityCode, { inputmode: 'numeric' })),
      field('region', t('region'), input('region', o.region)),
      field('population', t('population'), input('population', o.population, { inputmode: 'numeric' })),
      field('manualSizeTier', t('manualSizeTier'), options('manualSizeTier', TIERS, 'tier', o.population == null ? o.sizeTier : '', t('none'))),
      field('joined', t('joined'), input('joined', o.membership ? o.membership.joined : '', { type: 'date' })),
      field('status', t('status'), options('status', STATUSES, 'status', o.membership ? o.membership.status : '', t('noMembership'))),
      el('div', { class: 'os2-form-actions' },
        el('button', { class: 'button button-primary', type: 'submit', id: 'member-save' }, t('save')),
        el('button', { class: 'button button-secondary', type: 'button', onclick: () => { clear(messages); show(); } }, t('cancel'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = (n) => form.elements[n].value.trim();
      const numberOrText = (n) => (value(n) === '' ? null : (/^-?\d+$/.test(value(n)) ? Number(value(n)) : value(n)));
      const change = {
        cvr: value('cvr'), ean: value('ean') || null, name: value('name'), kind: value('kind'),
        municipalityCode: numberOrText('municipalityCode'), region: value('region') || null,
        population: numberOrText('population'), manualSizeTier: value('manualSizeTier') || null,
        joined: value('joined') || null, status: value('status') || null,
      };
      ctx.forms.clearErrors(form);
      try {
        const saved = await api(`/members/${o.id}`, { method: 'PUT', body: change, headers: { 'If-Match': etag } });
        organisation = saved.body;
        etag = saved.etag;
        root.querySelector('#member-name').textContent = organisation.name;
        clear(messages).append(alert('success', t('saved')));
        show();
      } catch (e) {
        // a field's code in words for that field where the page has them ("cvr" + "format": what a CVR looks like)
        if (e.problem && e.problem.errors) {
          e.problem.errors = Object.fromEntries(Object.entries(e.problem.errors).map(([f, code]) => [f, `${f}|${code}`]));
        }
        const describe = (value) => {
          const [f, code] = String(value).includes('|') ? String(value).split('|') : ['', String(value)];
          const specific = `err.${f}.${code}`;
          if (t(specific) !== specific) return t(specific);
          return t(`err.${code}`) === `err.${code}` ? t('error') : t(`err.${code}`);
        };
        ctx.forms.showErrors(form, messages, e, { fixErrors: t('fixErrors'), error: t('error'), conflict: t('conflict') }, describe);
      }
    });
    body.append(form);
    form.elements.name.focus();
  }

  show();
  await showRelated();
}

/** The organisation's users (for the secretariat, who manages them), each a link to the person. */
async function representatives(ctx, t, organisation) {
  const { el } = ctx;
  const section = el('section', { id: 'member-representatives', 'aria-labelledby': 'member-representatives-title' },
    el('h2', { id: 'member-representatives-title' }, t('representatives')), el('p', {}, t('representativesHint')));
  try {
    const people = (await ctx.api('/users')).body.filter((u) => u.organisationId === organisation.id);
    if (!people.length) {
      section.append(el('p', { id: 'member-no-representatives' }, t('noRepresentatives')));
      return section;
    }
    section.append(el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'member-representative-table' },
      el('thead', {}, el('tr', {}, [t('name'), 'E-mail', ctx.lang === 'en' ? 'Roles' : 'Roller', t('status')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, people.map((u) => el('tr', {},
        el('td', {}, el('a', { href: `#/users/${u.id}` }, u.displayName)),
        el('td', {}, u.email || u.username),
        el('td', {}, u.roles.filter((r) => ROLES.includes(r)).map((r) => t(`role.${r}`)).join(', ')),
        el('td', {}, t(`status.${u.status}`) === `status.${u.status}` ? '—' : t(`status.${u.status}`))))))));
  } catch (e) {
    return el('div');
  }
  return section;
}

/**
 * Links to the organisation's part of the other pages, by route, for the pages the user has in the menu;
 * the products it has agreements on where the payments page's API answers (left out on 403 or 404).
 */
async function elsewhere(ctx, t, organisation) {
  const { el } = ctx;
  let menu = [];
  try { menu = (await ctx.api('/console/menu')).body.map((m) => m.id); } catch (e) { menu = []; }
  const links = [];
  // payments: the secretariat and the board see every organisation's, anyone else only their own
  const roles = (ctx.user && ctx.user.roles) || [];
  const seesPayments = ['admin', 'secretariat', 'board'].some((r) => roles.includes(r))
    || (ctx.user && String(ctx.user.organisationId) === String(organisation.id));
  if (menu.includes('payments') && seesPayments) links.push(['member-link-payments', `#/payments/organisation/${organisation.id}`, t('payments')]);
  if (menu.includes('voting') && organisation.kind !== 'SUPPLIER_PARTNER') links.push(['member-link-voting', '#/voting', t('voting')]);
  if (menu.includes('products')) links.push(['member-link-products', '#/products', t('products')]);
  const section = el('section', { id: 'member-elsewhere', 'aria-labelledby': 'member-elsewhere-title' },
    el('h2', { id: 'member-elsewhere-title' }, t('elsewhere')));
  if (links.length) {
    section.append(el('ul', { class: 'os2-link-list' }, links.map(([id, href, text]) => el('li', {}, el('a', { id, href }, text)))));
  }
  if (menu.includes('payments')) {
    try {
      const agreements = (await ctx.api(`/payments/organisations/${organisation.id}/subscriptions`)).body;
      const products = el('div', { id: 'member-products' }, el('h3', {}, t('productsTaken')));
      if (!agreements.length) products.append(el('p', {}, t('noProducts')));
      else {
        products.append(el('ul', {}, agreements.map((a) => el('li', {}, a.product,
          a.from ? ` (${t('fromTo')} ${formatDate(a.from, ctx.lang)}${a.to ? ` ${t('until')} ${formatDate(a.to, ctx.lang)}` : ''}${a.passive ? `, ${t('passive')}` : ''})` : ''))));
      }
      section.append(products);
    } catch (e) {
      // the payments page's API is not there or not for this user: the part is left out
    }
  }
  return links.length || section.querySelector('#member-products') ? section : el('div');
}
