// The Strategy page in the console: a period's overview, an initiative's detail with milestones
// and timeline, and — for the secretariat — forms to create and edit periods and initiatives and
// to post updates. Routes (after #/strategy): '', 'period/<id>', 'initiative/<id>',
// 'initiative/<id>/edit', 'new/<periodId>', 'period-new', 'period/<id>/edit'.
import { texts, formatDate, percent, localized, localizedNode, ensureStylesheet } from './texts.js';
import { renderOverview, statusBadge, progressBar } from './overview.js';
import { referenceSource, refList, searchRefs, pickerValue, refOfKey } from './refs.js';

export async function render(root, ctx) {
  ensureStylesheet();
  const [first, second, third] = ctx.route || [];
  if (first === 'initiative' && second && third === 'edit') return initiativeForm(root, ctx, null, second);
  if (first === 'initiative' && second) return detail(root, ctx, second);
  if (first === 'new' && second) return initiativeForm(root, ctx, second, null);
  if (first === 'period-new') return periodForm(root, ctx, null);
  if (first === 'period' && second && third === 'edit') return periodForm(root, ctx, second);
  return overview(root, ctx, first === 'period' ? second : null);
}

async function overview(root, ctx, periodId) {
  const { el, api, hasRole, lang } = ctx;
  const t = texts(lang);
  const periods = (await api('/initiatives/periods')).body;
  ctx.title(t.strategy);
  root.append(el('h1', {}, t.strategy));
  const actions = el('div', { class: 'os2-actions' });
  if (hasRole('secretariat')) actions.append(el('a', { class: 'button button-secondary', href: '#/strategy/period-new', id: 'period-new' }, t.newPeriod));
  actions.append(el('a', { class: 'button button-tertiary', href: '/console/plugins/initiatives/public.html', id: 'public-link' }, t.publicLink));
  if (!periods.length) {
    root.append(actions, el('p', {}, t.noPeriod));
    return;
  }
  const strategy = (await api(`/initiatives/public/strategy${periodId ? `?period=${encodeURIComponent(periodId)}` : ''}`)).body;
  ctx.title(t.overviewTitle(strategy.period.name));
  // choosing a period changes the page only when the user asks (WCAG 3.2.2)
  const chooser = el('select', { class: 'form-select', id: 'period-select' },
    periods.map((p) => el('option', { value: p.id, selected: p.id === strategy.period.id }, p.name)));
  const form = el('form', { class: 'os2-toolbar', id: 'period-form-select' },
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'period-select' }, t.period), chooser),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'period-show' }, t.filter));
  form.addEventListener('submit', (event) => { event.preventDefault(); ctx.navigate(`#/strategy/period/${chooser.value}`); });
  root.append(form);
  if (hasRole('secretariat')) {
    actions.prepend(
      el('a', { class: 'button button-primary', href: `#/strategy/new/${strategy.period.id}`, id: 'initiative-new' }, t.newInitiative),
      el('a', { class: 'button button-secondary', href: `#/strategy/period/${strategy.period.id}/edit`, id: 'period-edit' }, t.editPeriod));
  }
  root.append(actions);
  const container = el('div', { id: 'strategy-overview' });
  renderOverview(container, el, strategy, lang, (i) => `#/strategy/initiative/${i.id}`);
  root.append(container);
}

async function detail(root, ctx, id) {
  const { el, api, clear, alert, hasRole, lang } = ctx;
  const { field } = ctx.forms;
  const t = texts(lang);
  const [response, statuses, missionPoints] = await Promise.all([
    api(`/initiatives/${encodeURIComponent(id)}`), api('/initiatives/statuses'), api('/initiatives/mission-points')]);
  let initiative = response.body;
  let etag = response.etag;
  ctx.title(localized(initiative, 'title', lang));
  const source = referenceSource(ctx);
  const statusOf = (sid) => statuses.body.find((s) => s.id === sid);
  const statusName = (sid) => { const s = statusOf(sid); return s ? localized(s, 'name', lang) : t.none; };
  const owner = initiative.ownerOrganisationId ? (await api(`/members/${initiative.ownerOrganisationId}`)).body.name : t.association;
  const messages = el('div', { id: 'initiative-messages', 'aria-live': 'polite' });
  const summary = el('div', { id: 'initiative-summary' });
  const timeline = el('ol', { class: 'os2-timeline', id: 'timeline' });

  async function showSummary() {
    const i = initiative;
    const links = i.links.length ? await refList(ctx, source, i.links, 'initiative-links') : null;
    clear(summary);
    summary.append(
      el('p', {}, statusBadge(el, statusOf(i.status), lang), ' ', progressBar(el, Number(i.progress), lang, 'initiative-progress')),
      localized(i, 'description', lang) ? el('p', {}, localizedNode(el, i, 'description', lang)) : null,
      el('dl', { class: 'os2-details' },
        [[t.owner, owner], [t.responsible, i.responsible], [`${t.start} – ${t.end}`, `${formatDate(i.start, lang)} – ${formatDate(i.end, lang)}`],
          [t.weight, String(i.weight)],
          [t.missionPoints, i.missionPoints.map((m) => { const p = missionPoints.body.find((x) => x.id === m); return p ? localized(p, 'name', lang) : m; }).join(', ') || t.none],
          [t.completionNote, i.completionNote || null], [t.links, links]]
          .filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      el('h2', {}, t.milestones),
      i.milestones.length ? el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'milestone-table' },
        el('thead', {}, el('tr', {}, [t.milestone, t.due, t.weight, t.status, t.progress].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, i.milestones.map((m) => el('tr', {}, el('th', { scope: 'row' }, m.title), el('td', {}, formatDate(m.due, lang)),
          el('td', {}, String(m.weight)), el('td', {}, statusBadge(el, statusOf(m.status), lang)), el('td', {}, percent(m.progress, lang)))))))
        : el('p', {}, t.none));
  }

  async function showTimeline() {
    const updates = (await api(`/initiatives/${initiative.id}/updates`)).body;
    clear(timeline);
    if (!updates.length) timeline.append(el('li', {}, t.noUpdates));
    const lists = await Promise.all(updates.map((u) => (u.links.length ? refList(ctx, source, u.links) : null)));
    updates.forEach((u, index) => {
      timeline.append(el('li', { 'data-update': u.id },
        el('time', { datetime: u.date }, formatDate(u.date, lang)), ` — ${t.by} ${u.authorName || u.author}`,
        u.statusTo ? el('p', {}, `${t.statusChange}: `, statusBadge(el, statusOf(u.statusFrom), lang), ' → ', statusBadge(el, statusOf(u.statusTo), lang)) : null,
        el('p', {}, ctx.danish(u.text)),
        lists[index]));
    });
  }

  const staff = hasRole('secretariat') || hasRole('board');
  const history = el('tbody', {});
  async function showHistory() {
    if (!staff) return;
    const entries = (await api(`/initiatives/${initiative.id}/history?limit=20`)).body;
    clear(history).append(...entries.map((h) => el('tr', { 'data-action': h.action },
      el('td', {}, new Date(h.at).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK')),
      el('td', {}, h.actorName || h.actor), el('td', {}, describeChange(t, h, statusName)))));
  }

  root.append(el('p', {}, el('a', { href: `#/strategy/period/${initiative.periodId}`, class: 'back-link' }, t.back)),
    el('h1', { id: 'initiative-title' }, localizedNode(el, initiative, 'title', lang)), messages, summary);
  if (hasRole('secretariat')) {
    root.append(el('div', { class: 'os2-actions' },
      el('a', { class: 'button button-secondary', href: `#/strategy/initiative/${initiative.id}/edit`, id: 'initiative-edit' }, t.edit)));
  }
  root.append(el('h2', {}, t.timeline), timeline);
  await showSummary();
  await showTimeline();

  if (hasRole('secretariat')) {
    const updatePicker = ctx.picker({ id: 'links', label: t.linksPicker, hint: t.linksHint, multiple: true,
      search: searchRefs(source, lang, initiative.id) });
    const form = el('form', { id: 'update-form', novalidate: true },
      el('h2', {}, t.postUpdate),
      field('date', t.date, el('input', { class: 'form-input', type: 'date', id: 'field-date', name: 'date' })),
      field('text', t.text, el('textarea', { class: 'form-input', id: 'field-text', name: 'text', rows: 4 })),
      field('status', t.newStatus, el('select', { class: 'form-select', id: 'field-status', name: 'status' },
        el('option', { value: '' }, t.keepStatus), statuses.body.map((s) => el('option', { value: s.id }, localized(s, 'name', lang))))),
      field('completionNote', t.completionNote, el('textarea', { class: 'form-input', id: 'field-completionNote', name: 'completionNote', rows: 2 })),
      updatePicker.element,
      field('urls', t.urls, el('textarea', { class: 'form-input', id: 'field-urls', name: 'urls', rows: 2 })),
      el('div', { class: 'os2-form-actions' }, el('button', { class: 'button button-primary', type: 'submit', id: 'update-post' }, t.post)));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const v = (n) => form.elements[n].value.trim();
      try {
        const body = { date: v('date') || null, text: v('text'), status: v('status') || null, completionNote: v('completionNote') || null,
          links: collectLinks(ctx, updatePicker.value(), v('urls')) };
        const posted = await api(`/initiatives/${initiative.id}/updates`, { method: 'POST', body, headers: body.status ? { 'If-Match': etag } : {} });
        const fresh = await api(`/initiatives/${initiative.id}`);
        initiative = fresh.body;
        etag = fresh.etag || posted.etag;
        form.reset();
        updatePicker.set([]);
        ctx.forms.clearErrors(form);
        clear(messages).append(alert('success', t.posted));
        await showSummary();
        await showTimeline();
        await showHistory();
      } catch (e) {
        showErrors(ctx, form, messages, e);
      }
    });
    root.append(form);
  }
  if (staff) {
    root.append(el('h2', {}, t.history), el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table', id: 'history-table' },
      el('thead', {}, el('tr', {}, [t.when, t.who, t.what].map((h) => el('th', { scope: 'col' }, h)))), history)));
    await showHistory();
  }
}

/** The references chosen in the picker and the web addresses typed, in the stored form; a line that is no address is refused. */
function collectLinks(ctx, chosen, urlText) {
  const t = texts(ctx.lang);
  const urls = urlText.split('\n').map((line) => line.trim()).filter(Boolean);
  if (urls.some((u) => !/^https?:\/\/\S+$/.test(u))) throw new ctx.ApiError(400, { detail: t.err['not-url'], errors: { urls: 'not-url' } });
  return [...chosen.map((c) => refOfKey(String(c.id))), ...urls.map((u) => ({ type: 'url', id: u }))];
}

function parseJson(text) {
  try { return text ? JSON.parse(text) : null; } catch (e) { return null; }
}

/** A change-log line in words: what was done, and for a change which parts, for an update the status change. */
function describeChange(t, h, statusName) {
  const said = t.actions[h.action] || t.actions.other;
  const before = parseJson(h.before);
  const after = parseJson(h.after);
  if (h.action === 'initiatives.update.post') {
    if (before && after && after.status && before.status && before.status !== after.status) {
      return `${said}; ${t.statusFromTo(statusName(before.status), statusName(after.status))}.`;
    }
    return `${said}.`;
  }
  if (h.action === 'initiatives.update' && before && after) {
    const changed = Object.keys(t.fields).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => t.fields[k]);
    return changed.length ? `${said}. ${t.changed}: ${changed.join(', ')}.` : `${said}.`;
  }
  return `${said}.`;
}

function showErrors(ctx, form, messages, e) {
  const t = texts(ctx.lang);
  ctx.forms.showErrors(form, messages, e, t, (code) => t.err[code] || code);
}

async function periodForm(root, ctx, id) {
  const { el, api, clear, lang } = ctx;
  const { field } = ctx.forms;
  const t = texts(lang);
  let period = { name: '', from: '', to: '', approvedBy: '', approvedOn: '' };
  let etag = null;
  if (id) {
    const response = await api(`/initiatives/periods/${encodeURIComponent(id)}`);
    period = response.body;
    etag = response.etag;
  }
  ctx.title(id ? `${t.editPeriod}: ${period.name}` : t.newPeriod);
  const messages = el('div', { id: 'period-messages', 'aria-live': 'polite' });
  const input = (name, type = 'text') => el('input', { class: 'form-input', type, id: `field-${name}`, name, value: period[name] ?? '' });
  const form = el('form', { id: 'period-form', novalidate: true },
    field('name', t.name, input('name')), field('from', t.from, input('from', 'date')), field('to', t.to, input('to', 'date')),
    field('approvedBy', t.approvedBy, input('approvedBy')), field('approvedOn', t.approvedOn, input('approvedOn', 'date')),
    el('div', { class: 'os2-form-actions' }, el('button', { class: 'button button-primary', type: 'submit', id: 'period-save' }, t.save),
      el('a', { class: 'button button-secondary', href: id ? `#/strategy/period/${id}` : '#/strategy' }, t.cancel)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = (n) => form.elements[n].value.trim() || null;
    const body = { name: v('name'), from: v('from'), to: v('to'), approvedBy: v('approvedBy'), approvedOn: v('approvedOn') };
    try {
      const saved = id ? await api(`/initiatives/periods/${id}`, { method: 'PUT', body, headers: { 'If-Match': etag } })
        : await api('/initiatives/periods', { method: 'POST', body });
      ctx.navigate(`#/strategy/period/${saved.body.id}`);
    } catch (e) {
      showErrors(ctx, form, messages, e);
    }
  });
  clear(root).append(el('h1', {}, id ? t.editPeriod : t.newPeriod), messages, form);
  form.elements.name.focus();
}

async function initiativeForm(root, ctx, periodId, id) {
  const { el, api, clear, lang } = ctx;
  const { field } = ctx.forms;
  const t = texts(lang);
  const [statuses, missionPoints, periods, members] = await Promise.all([api('/initiatives/statuses'), api('/initiatives/mission-points'),
    api('/initiatives/periods'), api('/members?membersOnly=true&limit=500')]);
  let initiative = { periodId: Number(periodId), titleDa: '', titleEn: '', descriptionDa: '', descriptionEn: '', ownerOrganisationId: null,
    responsible: '', start: '', end: '', weight: 1, missionPoints: [], status: statuses.body[0].id, completionNote: '', milestones: [], links: [] };
  let etag = null;
  if (id) {
    const response = await api(`/initiatives/${encodeURIComponent(id)}`);
    initiative = response.body;
    etag = response.etag;
  }
  const period = periods.body.find((p) => p.id === initiative.periodId);
  ctx.title(id ? `${t.edit}: ${localized(initiative, 'title', lang)}` : t.newInitiative);
  const source = referenceSource(ctx);
  const linksPicker = ctx.picker({ id: 'links', label: t.linksPicker, hint: t.linksHint, multiple: true,
    search: searchRefs(source, lang, id), value: await pickerValue(source, initiative.links, lang) });
  const messages = el('div', { id: 'initiative-messages', 'aria-live': 'polite' });
  const input = (name, type = 'text', extra = {}) => el('input', { class: 'form-input', type, id: `field-${name}`, name, value: initiative[name] ?? '', ...extra });
  const area = (name, rows = 3) => { const a = el('textarea', { class: 'form-input', id: `field-${name}`, name, rows }); a.value = initiative[name] || ''; return a; };
  const statusSelect = (name, selected, extra = {}) => el('select', { class: 'form-select', id: `field-${name}`, name, ...extra },
    statuses.body.map((s) => el('option', { value: s.id, selected: s.id === selected }, localized(s, 'name', lang))));
  const milestoneRows = el('div', { id: 'milestone-rows' });
  let counter = 0;

  function milestoneRow(m) {
    const n = counter++;
    const row = el('div', { class: 'os2-milestone-row', 'data-milestone-id': m.id ?? '' });
    const mInput = (key, type, value, extra = {}) => el('input', { class: 'form-input', type, id: `m${n}-${key}`, 'data-key': key, value: value ?? '', ...extra });
    row.append(
      field(`m${n}.title`, t.title, mInput('title', 'text', m.title)),
      field(`m${n}.due`, t.due, mInput('due', 'date', m.due)),
      field(`m${n}.weight`, t.weight, mInput('weight', 'number', m.weight ?? 1, { min: 1, max: 1000 })),
      field(`m${n}.progress`, t.progress, mInput('progress', 'number', m.reportedProgress, { min: 0, max: 100 })),
      field(`m${n}.status`, t.status, el('select', { class: 'form-select', id: `m${n}-status`, 'data-key': 'status' },
        statuses.body.map((s) => el('option', { value: s.id, selected: s.id === (m.status || 'planned') }, localized(s, 'name', lang))))),
      el('button', { class: 'button button-secondary', type: 'button', 'aria-label': `${t.remove}: ${m.title || t.milestone}`, onclick: () => row.remove() }, t.remove));
    return row;
  }
  initiative.milestones.forEach((m) => milestoneRows.append(milestoneRow(m)));

  const form = el('form', { id: 'initiative-form', novalidate: true },
    el('p', {}, `${t.period}: ${period ? period.name : initiative.periodId}`),
    field('titleDa', t.titleDa, input('titleDa')), field('titleEn', t.titleEn, input('titleEn')),
    field('descriptionDa', t.descriptionDa, area('descriptionDa')), field('descriptionEn', t.descriptionEn, area('descriptionEn')),
    field('ownerOrganisationId', t.owner, el('select', { class: 'form-select', id: 'field-ownerOrganisationId', name: 'ownerOrganisationId' },
      el('option', { value: '' }, t.association),
      members.body.items.map((o) => el('option', { value: o.id, selected: o.id === initiative.ownerOrganisationId }, o.name)))),
    field('responsible', t.responsible, input('responsible')),
    field('start', t.start, input('start', 'date', period ? { min: period.from, max: period.to } : {})),
    field('end', t.end, input('end', 'date', period ? { min: period.from, max: period.to } : {})),
    field('weight', t.weight, input('weight', 'number', { min: 1, max: 1000 })),
    id ? el('div', { class: 'form-group' }, el('p', { class: 'form-label' }, t.status), el('p', {}, statusBadge(el, statuses.body.find((s) => s.id === initiative.status), lang)),
      el('p', { class: 'form-hint' }, t.statusViaUpdate))
      : field('status', t.status, statusSelect('status', initiative.status)),
    el('fieldset', { class: 'os2-fieldset' }, el('legend', { class: 'form-label' }, t.missionPoints),
      el('div', { class: 'os2-checkboxes' }, missionPoints.body.map((m) => el('div', { class: 'form-group os2-checkbox' },
        el('input', { class: 'form-checkbox', type: 'checkbox', id: `mission-${m.id}`, name: 'missionPoints', value: m.id, checked: initiative.missionPoints.includes(m.id) }),
        el('label', { for: `mission-${m.id}` }, localized(m, 'name', lang)))))),
    el('fieldset', { class: 'os2-fieldset' }, el('legend', { class: 'form-label' }, t.milestones),
      el('span', { class: 'form-error-message', id: 'error-milestones', hidden: true }), milestoneRows,
      el('button', { class: 'button button-secondary', type: 'button', id: 'milestone-add', onclick: () => { const r = milestoneRow({}); milestoneRows.append(r); r.querySelector('input').focus(); } }, t.add)),
    field('completionNote', t.completionNote, area('completionNote', 2)),
    linksPicker.element,
    field('urls', t.urls, (() => { const a = area('urls', 2); a.value = initiative.links.filter((l) => l.type === 'url').map((l) => l.id).join('\n'); return a; })()),
    el('div', { class: 'os2-form-actions' }, el('button', { class: 'button button-primary', type: 'submit', id: 'initiative-save' }, t.save),
      el('a', { class: 'button button-secondary', href: id ? `#/strategy/initiative/${id}` : `#/strategy/period/${initiative.periodId}` }, t.cancel)));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = (n) => form.elements[n].value.trim();
    const rows = [...milestoneRows.querySelectorAll('.os2-milestone-row')];
    // the API names milestone errors by position; the row inputs carry their own ids
    rows.forEach((row, index) => row.querySelectorAll('[id^=error-], [aria-describedby]').forEach((node) => {
      const rename = (value) => value.replace(/^error-(m\d+|milestones-\d+)-/, `error-milestones-${index}-`);
      if (node.id.startsWith('error-')) node.id = rename(node.id);
      else node.setAttribute('aria-describedby', rename(node.getAttribute('aria-describedby')));
    }));
    let links;
    try {
      links = collectLinks(ctx, linksPicker.value(), v('urls'));
    } catch (e) {
      showErrors(ctx, form, messages, e);
      return;
    }
    const body = {
      periodId: initiative.periodId, titleDa: v('titleDa'), titleEn: v('titleEn'), descriptionDa: v('descriptionDa') || null,
      descriptionEn: v('descriptionEn') || null, ownerOrganisationId: v('ownerOrganisationId') ? Number(v('ownerOrganisationId')) : null,
      responsible: v('responsible'), start: v('start') || null, end: v('end') || null, weight: Number(v('weight') || 0),
      missionPoints: [...form.querySelectorAll('input[name=missionPoints]:checked')].map((c) => c.value),
      status: id ? initiative.status : v('status'), completionNote: v('completionNote') || null, links,
      milestones: rows.map((row) => {
        const get = (key) => row.querySelector(`[data-key=${key}]`).value.trim();
        return { id: row.dataset.milestoneId ? Number(row.dataset.milestoneId) : null, title: get('title'), due: get('due') || null,
          weight: Number(get('weight') || 0), progress: get('progress') === '' ? null : Number(get('progress')), status: get('status') };
      }),
    };
    try {
      const saved = id ? await api(`/initiatives/${id}`, { method: 'PUT', body, headers: { 'If-Match': etag } })
        : await api('/initiatives', { method: 'POST', body });
      ctx.navigate(`#/strategy/initiative/${saved.body.id}`);
    } catch (e) {
      showErrors(ctx, form, messages, e);
    }
  });
  clear(root).append(el('h1', {}, id ? `${t.edit}: ${localized(initiative, 'title', lang)}` : t.newInitiative), messages, form);
  form.elements.titleDa.focus();
}
