// The Members page: list with search and filters, detail, and editing for the secretariat.
const KINDS = ['MUNICIPALITY', 'REGION', 'STATE', 'OTHER_PUBLIC', 'SUPPLIER_PARTNER'];
const STATUSES = ['ACTIVE', 'SUSPENDED', 'WITHDRAWN'];
const TIERS = ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'];
const PAGE_SIZE = 25;

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
  const { el, t, api, clear, alert, lang } = ctx;
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

  async function load() {
    const query = new URLSearchParams();
    if (search.value.trim()) query.set('q', search.value.trim());
    const k = root.querySelector('#member-kind').value;
    if (k) query.set('kind', k);
    if (membersOnly.checked) query.set('membersOnly', 'true');
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
  root.append(el('h1', {}, t('members')), form, status,
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'member-table' },
      el('thead', {}, el('tr', {}, [t('name'), t('kind'), t('cvr'), t('sizeTier'), t('status'), t('joined')].map((h) => el('th', { scope: 'col' }, h)))),
      tableBody)),
    pager);
  await load();
}

async function detail(root, ctx, id) {
  const { el, t, api, clear, alert, lang, hasRole } = ctx;
  const response = await api(`/members/${encodeURIComponent(id)}`);
  let organisation = response.body;
  let etag = response.etag;
  const messages = el('div', { id: 'member-messages', 'aria-live': 'polite' });
  const body = el('div');
  root.append(el('p', {}, el('a', { href: '#/members', class: 'back-link' }, t('back'))), el('h1', { id: 'member-name' }, organisation.name), messages, body);

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
    body.append(el('dl', { class: 'os2-details' }, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
    if (hasRole('secretariat')) {
      body.append(el('button', { class: 'button button-primary', type: 'button', id: 'member-edit', onclick: edit }, t('edit')));
    }
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
        ctx.forms.showErrors(form, messages, e, { fixErrors: t('fixErrors'), error: t('error'), conflict: t('conflict') }, (code) => t(`err.${code}`));
      }
    });
    body.append(form);
    form.elements.name.focus();
  }

  show();
}
