// The Products page: the path from idea to product with levels, a product's gates, checklist and
// history, and the half-yearly assessment with its review workflow.
// Routes (after #/products): '', 'product/<id>', 'assessment/<productId>/<round>'.
import { texts, describe } from './texts.js';

export async function render(root, ctx) {
  ctx.stylesheet('/console/plugins/onboarding/onboarding.css');
  const [first, second, third] = (ctx.route || []).map((p) => p.split('?')[0]);
  if (first === 'product' && second) return productPage(root, ctx, second);
  if (first === 'assessment' && second && third) return assessmentPage(root, ctx, second, third);
  return pipelinePage(root, ctx);
}

/**
 * Shows a failed call through the console's showFailure. Without a form the alert names the fields,
 * so the gates' codes (open-licence, …) are given in words first.
 */
function reportFailure(ctx, t, messages, error, form) {
  const errors = error.problem && error.problem.errors;
  const named = form || !errors ? error
    : { ...error, message: error.message, problem: { ...error.problem, errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [t.items[k] || k, v])) } };
  ctx.showFailure(messages, named, { form, texts: { fixErrors: t.fixErrors, error: t.error, conflict: t.conflict }, describe: describe(t) });
}

/**
 * What the latest self-assessment would qualify for, said as such (it is not the decided level), and the
 * criteria before the next level by their text, the code after it; an unfinished one counts its blanks.
 */
function qualification(ctx, t, levels, round, criteria) {
  const { el } = ctx;
  const total = criteria.length;
  const named = (code) => {
    const c = criteria.find((x) => x.code === code);
    return el('li', {}, c ? `${c.summary} ` : '', el('span', { class: 'os2-code' }, `(${code})`));
  };
  if (levels.state === 'incomplete') {
    return el('div', { id: 'qualifies' }, el('p', {}, t.notFinished(round, levels.blank.length, total)));
  }
  return el('div', { id: 'qualifies' }, el('p', {}, t.wouldQualify(round, t.levelNames[levels.qualifying])),
    levels.next && levels.blockers.length
      ? [el('p', {}, `${t.beforeNext(t.levelNames[levels.next])}:`), el('ul', { id: 'blockers-list' }, levels.blockers.map(named))]
      : el('p', {}, t.topLevel));
}

/** The product's path as a DKFDS step indicator: idea, sandbox, levels 1–3; the decided level is the current step. */
function path(ctx, t, p) {
  const order = [null, 'SANDBOX', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3'];
  const at = order.indexOf(p.level || null);
  const items = order.map((level, i) => ({ label: level ? t.levels[level] : t.pathIdea, state: i < at ? 'done' : i === at ? 'current' : 'todo' }));
  const steps = ctx.steps(items, t.path);
  steps.id = 'product-path';
  return steps;
}

function levelChart(ctx, t, counts) {
  const { svg } = ctx;
  const entries = Object.entries(counts);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const chart = svg('svg', { id: 'level-chart', role: 'img', viewBox: '0 0 600 220', width: '100%', 'aria-labelledby': 'level-chart-title level-chart-desc' },
    svg('title', { id: 'level-chart-title' }, t.perLevel), svg('desc', { id: 'level-chart-desc' }, t.perLevelDesc));
  entries.forEach(([level, n], i) => {
    const h = (160 * n) / max;
    chart.append(svg('rect', { x: 40 + i * 140, y: 180 - h, width: 80, height: Math.max(h, 1), fill: '#1f5a8a' }),
      svg('text', { x: 80 + i * 140, y: 172 - h, 'text-anchor': 'middle', 'font-size': 14 }, String(n)),
      svg('text', { x: 80 + i * 140, y: 205, 'text-anchor': 'middle', 'font-size': 14 }, t.levels[level]));
  });
  return ctx.el('div', { class: 'os2-level-chart' }, chart);
}

async function pipelinePage(root, ctx) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  ctx.title(t.products);
  const [products, levels] = await Promise.all([api('/onboarding/products'), api('/onboarding/levels')]);
  root.append(el('h1', {}, t.products), el('h2', {}, t.perLevel), levelChart(ctx, t, levels.body), el('h2', {}, t.pipeline));
  for (const stage of ['IDEA', 'PROJECT', 'PRODUCT']) {
    const list = products.body.filter((p) => (p.step === 'IDEA' || p.step === 'DIALOGUE' ? 'IDEA' : p.step === 'PRODUCT' ? 'PRODUCT' : 'PROJECT') === stage);
    root.append(el('h3', {}, `${t[stage]} (${list.length})`), el('div', { class: 'os2-table-wrap table-responsive', tabindex: 0, role: 'region', 'aria-label': `${t[stage]} (${list.length})` }, el('table', { class: 'table table--zebra', id: `stage-${stage}` },
      el('thead', {}, el('tr', {}, [t.name, t.step, t.level, t.coordinator].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, list.map((p) => el('tr', {}, el('th', { scope: 'row' }, el('a', { href: `#/products/product/${p.id}` }, ctx.danish(p.name))),
        el('td', {}, t.steps[p.step]), el('td', {}, t.levels[p.level]), el('td', {}, p.coordinator || '—')))))));
  }
  if (hasRole('secretariat') || hasRole('board')) {
    const [queue, reminders] = await Promise.all([api('/onboarding/review-queue'), api('/onboarding/reminders')]);
    // each line names its product and links to the assessment that waits
    root.append(el('h2', {}, t.queue), queue.body.length
      ? el('ul', { id: 'review-queue' }, queue.body.map((q) => el('li', {}, el('a', { href: `#/products/product/${q.productId}` }, q.product), ` — ${t.states[q.state]}`)))
      : el('p', { id: 'review-queue' }, t.queueNone),
    el('h2', {}, t.reminders), reminders.body.length
      ? el('ul', { id: 'reminders' }, reminders.body.map((r) => el('li', {},
        el('a', { href: `#/products/assessment/${r.productId}/${r.round}` }, r.product), ` — ${t.reminderLine(r.round, r.daysLate)}`)))
      : el('p', { id: 'reminders' }, t.remindersNone));
  }
  const user = ctx.user || { roles: [] };
  if (user.roles.includes('partner') && user.organisationId) {
    // a supplier partner sees the products it supplies (the products name their suppliers)
    const supplier = (await api(`/members/${user.organisationId}`)).body.name.toLowerCase();
    const mine = products.body.filter((p) => (p.suppliers || []).some((s) => s.toLowerCase() === supplier));
    root.append(el('h2', {}, t.supplied), mine.length
      ? el('ul', { id: 'supplied-products' }, mine.map((p) => el('li', {}, el('a', { href: `#/products/product/${p.id}` }, ctx.danish(p.name)), ` — ${t.levels[p.level]}`)))
      : el('p', { id: 'supplied-products' }, t.suppliesNone));
  }
  if (hasRole('secretariat') || (user.roles.includes('member-representative') && user.organisationId)) root.append(await registerForm(ctx, t));
}

/** Searches the organisations a product can belong to (public authorities: every organisation but the supplier partners) by name. */
function searchAuthorities(ctx) {
  return async (text) => {
    const page = (await ctx.api(`/members?q=${encodeURIComponent(text)}&limit=20`)).body;
    return page.items.filter((o) => o.kind !== 'SUPPLIER_PARTNER').map((o) => ({ id: o.id, name: o.name, detail: o.cvr ? `CVR ${o.cvr}` : undefined }));
  };
}

async function registerForm(ctx, t) {
  const { el, api } = ctx;
  const messages = el('div', { id: 'register-messages', 'aria-live': 'polite' });
  const name = el('input', { class: 'form-input', id: 'register-name' });
  const purpose = el('textarea', { class: 'form-input', id: 'register-purpose', rows: 3 });
  const own = ctx.user && ctx.user.organisationId;
  // the secretariat searches the owner by name; a member representative registers with its own organisation
  const staff = ctx.hasRole('secretariat');
  const owner = staff ? ctx.picker({ id: 'register-owner', field: 'owners', label: t.owner, hint: t.organisationSearch, search: searchAuthorities(ctx) }) : null;
  const ownName = !staff && own ? (await api(`/members/${own}`)).body.name : null;
  const form = el('form', { id: 'register-form', novalidate: true }, el('h2', {}, t.register), ctx.forms.field('name', t.name, name),
    ctx.forms.field('purpose', t.purpose, purpose),
    owner ? owner.element : el('p', { id: 'register-owner' }, `${t.owner}: ${ownName || '—'}`),
    el('button', { class: 'button button-primary', type: 'submit', id: 'register-submit' }, t.register));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await api('/onboarding/products', { method: 'POST', body: { name: name.value, purpose: purpose.value || null, repositoryUrl: null, licence: null,
        licenceBeingClarified: false, owners: owner ? owner.value().map((o) => Number(o.id)) : (own ? [own] : []), supporters: [], coordinator: null, steeringGroup: [], coordinationGroup: [],
        suppliers: [], links: [], facts: [] } });
      ctx.navigate(`#/products/product/${created.body.id}`);
    } catch (e) {
      reportFailure(ctx, t, messages, e, form);
    }
  });
  return el('div', {}, messages, form);
}

async function productPage(root, ctx, id) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  const [response, criteria] = await Promise.all([api(`/onboarding/products/${encodeURIComponent(id)}`), api('/onboarding/criteria')]);
  const d = response.body;
  const p = d.product;
  const person = (username) => (username ? (d.people && d.people[username]) || username : '—');
  ctx.title(p.name);
  const dl = (pairs) => el('dl', { class: 'os2-details' }, pairs.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  root.append(el('p', {}, el('a', { href: '#/products', class: 'back-link' }, t.back)), el('h1', { id: 'product-name' }, ctx.danish(p.name)),
    el('h2', {}, t.path), path(ctx, t, p),
    dl([[t.decidedLevel, el('span', { id: 'product-level' }, t.levelNames[p.level || null])], [t.step, t.steps[p.step]], [t.purpose, p.purpose ? ctx.danish(p.purpose) : '—'], [t.licence, p.licence || '—'], [t.repository, p.repositoryUrl ? el('a', { href: p.repositoryUrl, rel: 'noopener' }, p.repositoryUrl) : '—'],
      [t.coordinator, person(p.coordinator)], [t.owners, el('span', { id: 'product-owners' }, organisations(ctx, d, p.owners))], [t.supporters, el('span', { id: 'product-supporters' }, organisations(ctx, d, p.supporters))],
      [t.facts, p.facts.map((f) => t.items[f] || f).join(', ') || '—'], [t.links, p.links.length ? el('ul', { id: 'product-links' }, p.links.map((l) => el('li', {}, link(el, t, l)))) : '—']]),
    el('h2', {}, t.gates),
    ...Object.entries(d.gates).map(([gate, g]) => el('p', { id: `gate-${gate}` }, el('strong', {}, `${t[`${gate}_gate`]}: `),
      g.missing.length ? `${t.missing}: ${g.missing.map((m) => t.items[m] || m).join(', ')}` : t.met, g.exception ? ` · ${t.exception}: ${g.exception}` : '',
      ` · ${t.authoritiesCounted}: ${g.authorities} / ${g.authoritiesNeeded}`)),
    el('p', { class: 'form-hint', id: 'gate-rule' }, t.authorityRule),
    el('h2', {}, t.selfAssessment),
    qualification(ctx, t, d.levels, d.currentRound, criteria.body),
    el('p', { class: 'form-hint', id: 'qualifies-note' }, t.selfAssessmentNote),
    el('p', {}, el('a', { class: 'button button-secondary', href: `#/products/assessment/${p.id}/${d.currentRound}`, id: 'open-assessment' }, t.open)),
    el('h2', {}, t.assessments), el('ul', { id: 'assessments' }, d.assessments.map((a) => el('li', {}, el('a', { href: `#/products/assessment/${p.id}/${a.round}` }, a.round),
      ` — ${t.states[a.state]}${a.decided ? ` (${t.levels[a.decided]})` : ''}`))),
    el('h2', {}, t.history), el('ol', { id: 'history' }, d.history.map((h) => el('li', {}, el('time', { datetime: h.at }, h.at.slice(0, 10)), ` ${person(h.actor)}: ${historyText(t, h)}`))));
  const messages = el('div', { id: 'product-messages', 'aria-live': 'polite' });
  root.append(messages);
  if (hasRole('secretariat') && p.step !== 'PRODUCT') {
    const steps = Object.keys(t.steps);
    const next = steps[steps.indexOf(p.step) + 1];
    const advance = el('button', { class: 'button button-primary', type: 'button', id: 'advance' }, `${t.advance}: ${t.steps[next]}`);
    advance.addEventListener('click', async () => {
      try {
        await api(`/onboarding/products/${p.id}/advance`, { method: 'POST', body: { step: next }, headers: { 'If-Match': response.etag } });
        ctx.navigate(`#/products/product/${p.id}?moved`);
      } catch (e) {
        reportFailure(ctx, t, messages, e, null);
      }
    });
    const gate = el('select', { class: 'form-select', id: 'exception-gate' }, ['PROJECT', 'PRODUCT'].map((g) => el('option', { value: g }, t[`${g}_gate`])));
    const explanation = el('input', { class: 'form-input', id: 'exception-explanation' });
    const form = el('form', { id: 'exception-form', novalidate: true }, el('h3', {}, t.explain), ctx.forms.field('gate', t.gate, gate),
      ctx.forms.field('explanation', t.explanation, explanation), el('button', { class: 'button button-secondary', type: 'submit', id: 'exception-submit' }, t.explain));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api(`/onboarding/products/${p.id}/exceptions`, { method: 'POST', body: { gate: gate.value, explanation: explanation.value } });
        ctx.navigate(`#/products/product/${p.id}?explained`);
      } catch (e) {
        reportFailure(ctx, t, messages, e, form);
      }
    });
    root.append(el('div', { class: 'os2-actions' }, advance), form);
  }
  if (hasRole('secretariat') || (ctx.user && ctx.user.username === p.coordinator)) {
    root.append(el('details', { id: 'edit-product' }, el('summary', {}, t.editProduct), await editForm(ctx, t, d, response.etag)));
    // the file: fetched from its address in the product's repository, chosen from disk, or pasted
    const url = el('input', { class: 'form-input', id: 'publiccode-url', type: 'url', inputmode: 'url' });
    const fetchIt = el('button', { class: 'button button-secondary', type: 'button', id: 'publiccode-fetch' }, t.fetchPubliccode);
    const upload = el('input', { class: 'form-input', id: 'publiccode-upload', type: 'file', accept: '.yml,.yaml,text/yaml,application/yaml' });
    const yaml = el('textarea', { class: 'form-input', id: 'publiccode-yaml', rows: 6 });
    upload.addEventListener('change', async () => { if (upload.files[0]) yaml.value = await upload.files[0].text(); });
    const form = el('form', { id: 'publiccode-form', novalidate: true }, el('h3', {}, t.publiccode),
      ctx.forms.field('url', t.publiccodeUrl, url), fetchIt, ctx.forms.field('upload', t.chooseFile, upload), ctx.forms.field('file', t.yaml, yaml),
      el('button', { class: 'button button-secondary', type: 'submit', id: 'publiccode-submit' }, t.publiccode));
    const imported = async (request) => {
      try {
        const r = (await request()).body;
        ctx.clear(messages).append(ctx.alert('success', `${t.imported}: ${r.name}`, `${t.marked} ${r.marked.join(', ')}`));
      } catch (e) {
        reportFailure(ctx, t, messages, e, form);
      }
    };
    fetchIt.addEventListener('click', () => imported(() => api(`/onboarding/products/${p.id}/publiccode/fetch`, { method: 'POST', body: { url: url.value } })));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      imported(() => api(`/onboarding/products/${p.id}/publiccode`, { method: 'POST', body: yaml.value, headers: { 'Content-Type': 'text/plain' } }));
    });
    root.append(form);
  }
}

/** The product's facts and fields, for the secretariat and the product's coordinator. */
async function editForm(ctx, t, d, etag) {
  const { el, api } = ctx;
  const { field } = ctx.forms;
  const p = d.product;
  const messages = el('div', { id: 'edit-messages', 'aria-live': 'polite' });
  const input = (name, value) => el('input', { class: 'form-input', id: `edit-${name}`, value: value ?? '' });
  const lines = (name, values, rows = 3) => el('textarea', { class: 'form-input', id: `edit-${name}`, rows }, values.join('\n'));
  const staff = ctx.hasRole('secretariat');
  // the secretariat searches organisations by name; others see them as names
  const named = (ids) => ids.map((o) => ({ id: o, name: d.organisations[o] || String(o) }));
  const organisations = (name, label, chosen) => (staff
    ? ctx.picker({ id: `edit-${name}`, field: name, label, hint: t.organisationSearch, multiple: true, search: searchAuthorities(ctx), value: named(chosen) })
    : { element: el('div', { class: 'form-group', id: `group-edit-${name}` }, el('p', { class: 'form-label' }, label), el('p', {}, named(chosen).map((o) => o.name).join(', ') || '—'),
      el('p', { class: 'form-hint' }, t.secretariatOnly)), value: () => named(chosen) });
  const name = input('name', p.name);
  const purpose = lines('purpose', [p.purpose || '']);
  const licence = input('licence', p.licence);
  const clarifying = el('input', { class: 'form-checkbox', type: 'checkbox', id: 'edit-licenceBeingClarified', checked: p.licenceBeingClarified });
  const repository = input('repositoryUrl', p.repositoryUrl);
  const coordinator = input('coordinator', p.coordinator);
  const owners = organisations('owners', t.owners, p.owners);
  const supporters = organisations('supporters', t.supporters, p.supporters);
  const steering = lines('steeringGroup', p.steeringGroup);
  const coordination = lines('coordinationGroup', p.coordinationGroup);
  const suppliers = lines('suppliers', p.suppliers);
  const links = lines('links', p.links);
  const facts = d.factChoices.map((f) => el('input', { class: 'form-checkbox', type: 'checkbox', id: `edit-fact-${f}`, value: f, checked: p.facts.includes(f), disabled: !staff }));
  const form = el('form', { id: 'edit-form', novalidate: true },
    field('name', t.name, name), field('purpose', t.purpose, purpose), field('licence', t.licence, licence),
    el('div', { class: 'form-group os2-checkbox' }, clarifying, el('label', { for: clarifying.id }, t.clarifying)),
    field('repositoryUrl', t.repository, repository), field('coordinator', t.coordinator, coordinator),
    owners.element, supporters.element,
    field('steeringGroup', t.steeringGroup, steering), field('coordinationGroup', t.coordinationGroup, coordination), field('suppliers', t.suppliers, suppliers),
    field('links', t.linksEdit, links),
    el('fieldset', { class: 'os2-fieldset', id: 'group-facts' }, el('legend', { class: 'form-label' }, t.facts),
      el('span', { class: 'form-error-message', id: 'error-facts', hidden: true }), staff ? null : el('p', { class: 'form-hint' }, t.secretariatOnly),
      el('div', { class: 'os2-checkboxes' }, facts.map((box) => el('div', { class: 'form-group os2-checkbox' }, box, el('label', { for: box.id }, t.items[box.value]))))),
    el('button', { class: 'button button-primary', type: 'submit', id: 'edit-save' }, t.save));
  const split = (area) => area.value.split('\n').map((x) => x.trim()).filter((x) => x);
  const chosen = (picker) => picker.value().map((o) => Number(o.id));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      name: name.value, purpose: purpose.value.trim() || null, repositoryUrl: repository.value.trim() || null, licence: licence.value.trim() || null,
      licenceBeingClarified: clarifying.checked, owners: chosen(owners), supporters: chosen(supporters), coordinator: coordinator.value.trim() || null,
      steeringGroup: split(steering), coordinationGroup: split(coordination), suppliers: split(suppliers), links: split(links),
      facts: facts.filter((box) => box.checked).map((box) => box.value),
    };
    try {
      await api(`/onboarding/products/${p.id}`, { method: 'PUT', body, headers: { 'If-Match': etag } });
      ctx.navigate(`#/products/product/${p.id}?edited`);
    } catch (e) {
      reportFailure(ctx, t, messages, e, form);
    }
  });
  return el('div', {}, messages, form);
}

async function assessmentPage(root, ctx, productId, round) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  const [product, response, criteria] = await Promise.all([api(`/onboarding/products/${encodeURIComponent(productId)}`),
    api(`/onboarding/products/${encodeURIComponent(productId)}/assessments/${encodeURIComponent(round)}`), api('/onboarding/criteria')]);
  const p = product.body.product;
  const a = response.body.assessment;
  const levels = response.body.levels;
  ctx.title(`${p.name} · ${t.round} ${round}`);
  const editable = a.state === 'DRAFT' && (hasRole('secretariat') || (ctx.user && ctx.user.username === p.coordinator));
  const messages = el('div', { id: 'assessment-messages', 'aria-live': 'polite' });
  root.append(el('p', {}, el('a', { href: `#/products/product/${p.id}`, class: 'back-link' }, t.back)), el('h1', {}, ctx.danish(p.name), ` · ${t.round} ${round}`),
    el('p', { id: 'assessment-state' }, `${t.state}: ${t.states[a.state]} · ${t.deadline}: ${response.body.deadline}`),
    el('p', {}, `${t.decidedLevel}: ${t.levelNames[p.level || null]}`),
    qualification(ctx, t, levels, round, criteria.body), messages);
  // one fieldset per theme; each criterion by its text, OS2's code after it
  const rows = criteria.body.map((c) => {
    const m = a.marks[c.code] || {};
    const textId = `criterion-${c.code}`;
    const select = el('select', { class: 'form-select', id: `mark-${c.code}`, disabled: !editable, 'aria-describedby': textId },
      Object.entries(t.marks).map(([v, label]) => el('option', { value: v, selected: (m.status || '') === v }, label)));
    const explanation = el('textarea', { class: 'form-input', id: `explanation-${c.code}`, rows: 3, disabled: !editable, 'aria-describedby': textId }, m.explanation || '');
    const evidence = el('input', { class: 'form-input', id: `evidence-${c.code}`, value: (m.evidence || []).join(' '), disabled: !editable, 'aria-describedby': textId });
    const label = (input, text) => el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: input.id }, text, el('span', { class: 'sr-only' }, ` (${c.code})`)), input);
    const block = el('div', { class: 'os2-criterion', id: `row-${c.code}` },
      el('p', { class: 'os2-criterion-text', id: textId }, el('strong', {}, c.summary),
        el('span', { class: 'os2-criterion-meta' }, ` ${c.code} · ${t.firstLevel}: ${t.levels[c.firstLevel]}${c.recommendationOnly ? ` · ${t.recommendation}` : ''}`)),
      el('div', { class: 'os2-criterion-fields' }, label(select, t.mark), label(explanation, t.explanation), label(evidence, t.evidence)));
    return { c, select, explanation, evidence, block };
  });
  const counter = el('p', { id: 'assessment-count', class: 'os2-counter', 'aria-live': 'polite' });
  const count = () => { counter.textContent = t.counter(rows.filter((r) => r.select.value).length, rows.length); };
  rows.forEach((r) => r.select.addEventListener('change', count));
  count();
  const themes = [...new Set(criteria.body.map((c) => c.theme))];
  const form = el('form', { id: 'assessment-form', novalidate: true }, el('p', { class: 'form-hint' }, t.criteriaIntro), counter,
    el('span', { class: 'form-error-message', id: 'error-marks', hidden: true }),
    themes.map((theme) => {
      const mine = rows.filter((r) => r.c.theme === theme);
      return el('fieldset', { class: 'os2-fieldset os2-theme', id: `theme-${theme}` }, el('legend', { class: 'h3' }, `${t.themes[theme] || theme} (${t.criteriaCount(mine.length)})`),
        mine.map((r) => r.block));
    }),
    editable ? el('div', { class: 'os2-actions' }, el('button', { class: 'button button-secondary', type: 'submit', id: 'assessment-save' }, t.save),
      el('button', { class: 'button button-primary', type: 'button', id: 'assessment-submit' }, t.submit)) : null);
  let etag = response.etag;
  const save = async () => {
    const marks = rows.map((r) => ({ code: r.c.code, status: r.select.value || null, explanation: r.explanation.value || null,
      evidence: r.evidence.value.split(/\s+/).filter(Boolean) }));
    const saved = await api(`/onboarding/products/${p.id}/assessments/${round}`, { method: 'PUT', body: { marks }, headers: { 'If-Match': etag } });
    etag = saved.etag;
    return saved.body.assessment;
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await save();
      ctx.navigate(`#/products/assessment/${p.id}/${round}?saved`);
    } catch (e) {
      reportFailure(ctx, t, messages, e, form);
    }
  });
  root.append(form);
  if (editable) {
    form.querySelector('#assessment-submit').addEventListener('click', async () => {
      try {
        const saved = await save();
        await api(`/onboarding/assessments/${saved.id}/submit`, { method: 'POST', body: {}, headers: { 'If-Match': etag } });
        ctx.navigate(`#/products/assessment/${p.id}/${round}?submitted`);
      } catch (e) {
        reportFailure(ctx, t, messages, e, form);
      }
    });
  }
  root.append(workflow(ctx, t, p, a, etag, round, messages));
}

function workflow(ctx, t, p, a, etag, round, messages) {
  const { el, api, hasRole } = ctx;
  const post = (action, body, ask) => async (event) => {
    event.preventDefault();
    if (ask && !(await ask())) return;
    try {
      await api(`/onboarding/assessments/${a.id}/${action}`, { method: 'POST', body, headers: { 'If-Match': etag } });
      ctx.navigate(`#/products/assessment/${p.id}/${round}?${action}`);
    } catch (e) {
      reportFailure(ctx, t, messages, e, event.target);
    }
  };
  const levelSelect = (id) => el('select', { class: 'form-select', id }, ['SANDBOX', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3'].map((l) => el('option', { value: l }, t.levelNames[l])));
  if (a.state === 'SUBMITTED' && hasRole('secretariat')) {
    const lights = Object.fromEntries(Object.keys(t.themes).map((th) => [th, el('select', { class: 'form-select', id: `light-${th}` },
      ['GREEN', 'YELLOW', 'RED'].map((l) => el('option', { value: l }, t.lightNames[l])))]));
    const note = el('textarea', { class: 'form-input', id: 'evaluate-note', rows: 3 });
    const form = el('form', { id: 'evaluate-form', novalidate: true }, el('h2', {}, t.evaluate),
      ...Object.entries(lights).map(([th, s]) => ctx.forms.field(`lights.${th}`, `${t.light}: ${t.themes[th]}`, s)), ctx.forms.field('note', t.note, note),
      el('button', { class: 'button button-primary', type: 'submit', id: 'evaluate-submit' }, t.evaluate));
    form.addEventListener('submit', (e) => post('evaluate', { lights: Object.fromEntries(Object.entries(lights).map(([k, s]) => [k, s.value])), note: note.value })(e));
    return form;
  }
  if (a.state === 'EVALUATED' && (hasRole('secretariat') || hasRole('board'))) {
    const level = levelSelect('review-level');
    const note = el('textarea', { class: 'form-input', id: 'review-note', rows: 3 });
    const form = el('form', { id: 'review-form', novalidate: true }, el('h2', {}, t.review), ctx.forms.field('level', t.recommended, level), ctx.forms.field('note', t.note, note),
      el('button', { class: 'button button-primary', type: 'submit', id: 'review-submit' }, t.review));
    form.addEventListener('submit', (e) => post('review', { level: level.value, note: note.value })(e));
    return form;
  }
  if (a.state === 'REVIEWED' && (hasRole('secretariat') || hasRole('board'))) {
    const level = levelSelect('decide-level');
    const reason = el('textarea', { class: 'form-input', id: 'decide-reason', rows: 3 });
    const form = el('form', { id: 'decide-form', novalidate: true }, el('h2', {}, t.decide), ctx.forms.field('level', t.level, level), ctx.forms.field('reason', t.reason, reason),
      el('button', { class: 'button button-primary', type: 'submit', id: 'decide-submit' }, t.decide));
    // deciding a level cannot be undone: the console asks first, naming the product, the level and the reason
    const ask = () => (reason.value.trim() ? ctx.confirm({ heading: t.confirmDecide, text: t.confirmDecideText,
      facts: [[t.product, p.name], [t.round, round], [t.level, t.levelNames[level.value]], [t.reason, reason.value.trim()]], confirmLabel: t.decideConfirm, cancelLabel: t.cancel }) : true);
    form.addEventListener('submit', (e) => post('decide', { level: level.value, reason: reason.value }, ask)(e));
    return form;
  }
  return el('div', {}, a.decided ? el('p', { id: 'decision' }, `${t.decidedLevel}: ${t.levelNames[a.decided]} – ${t.reason}: ${a.reason}`) : null);
}

/**
 * A history line in words. The history stores steps, levels, gates and the secretariat's traffic lights
 * by their codes, in Danish sentences (as the shell shows them); the console says each kind in its language.
 */
export function historyText(t, h) {
  const name = (code) => (code === 'null' ? t.levels[null] : t.steps[code] || t.levels[code] || code);
  const words = (text) => text.replace(/\b(SANDBOX|LEVEL_[123]|IDEA|DIALOGUE|PRE_ANALYSIS|GOVERNANCE_FINANCE|BOARD_APPROVAL|PRODUCT|PROJECT)\b/g, (code) => name(code))
    .replace(/\{([^{}]*=[^{}]*)\}/g, (all, pairs) => lightsText(t, pairs));
  const h2 = t.hist;
  let m;
  if (h.kind === 'STEP') {
    if (h.text === 'Registreret som idé') return h2.registered;
    if ((m = /^([A-Z_]+) → ([A-Z_]+)(?: \(undtagelse: (.*)\))?$/s.exec(h.text))) return `${h2.moved(name(m[1]), name(m[2]))}${m[3] ? ` (${h2.exceptionUsed}: ${m[3]})` : ''}`;
  }
  if (h.kind === 'LEVEL' && (m = /^([A-Z0-9_]+|null) → ([A-Z0-9_]+)(?:: (.*))?$/s.exec(h.text))) return `${h2.level(name(m[1]), name(m[2]))}${m[3] ? `: ${m[3]}` : ''}`;
  if (h.kind === 'EXCEPTION' && (m = /^(PROJECT|PRODUCT): (.*)$/s.exec(h.text))) return `${h2.exception(t[`${m[1]}_gate`])}: ${m[2]}`;
  if (h.kind === 'ASSESSMENT' && (m = /^(\d{4}-[12]): (.*)$/s.exec(h.text))) {
    const what = m[2];
    let said;
    if (what === 'Selvevaluering afleveret') said = h2.submitted;
    else if (what.startsWith('Sekretariatets vurdering: ')) said = `${h2.evaluated}: ${words(what.slice('Sekretariatets vurdering: '.length))}`;
    else if (/^Styregruppen anbefaler /.test(what)) said = h2.recommends(name(what.slice('Styregruppen anbefaler '.length).trim()));
    else if (/^Niveau besluttet: /.test(what)) {
      const [, level, reason] = /^Niveau besluttet: ([A-Z0-9_]+)(?: — (.*))?$/s.exec(what) || [null, what.slice(18), ''];
      said = `${h2.decided(name(level))}${reason ? ` – ${reason}` : ''}`;
    } else said = words(what);
    return `${h2.round(m[1])}: ${said}`;
  }
  if (h.kind === 'IMPORT' && (m = /^publiccode\.yml: (.*?)(?:; opfylder (.*))?$/s.exec(h.text))) return `${h2.imported(m[1])}${m[2] ? `; ${h2.meets} ${m[2]}` : ''}`;
  return words(h.text);
}

/** The secretariat's traffic lights ("formal=GREEN, relevance=YELLOW") as "Formelle krav: grøn, Relevans: gul". */
function lightsText(t, pairs) {
  return pairs.split(',').map((pair) => {
    const [theme, light] = pair.split('=').map((x) => x.trim());
    return `${t.themes[theme] || theme}: ${t.lights[light] || light}`;
  }).join(', ');
}

/** The organisations by name, each a link to its page in the member directory. */
function organisations(ctx, d, ids) {
  if (!ids.length) return '—';
  return ids.flatMap((id, i) => [i ? ', ' : null, d.organisations[id] ? ctx.el('a', { href: `#/members/${id}` }, d.organisations[id]) : '—']).filter((x) => x !== null);
}

/** A link of the product: platform references open their page in words, addresses open themselves, other text stays text. */
function link(el, t, ref) {
  const [, type, id] = /^([a-z]+):(\d{1,18})$/.exec(ref) || [];
  const page = { initiative: `#/strategy/initiative/${id}`, decision: `#/voting/ballot/${id}` }[type];
  if (page) return el('a', { href: page }, `${t.linkTo[type]} ${id}`);
  return /^https:\/\//.test(ref) ? el('a', { href: ref, rel: 'noopener' }, ref) : ref;
}
