// The General assembly page. Routes (after #/voting): '' (assemblies), 'assembly/<id>', 'ballot/<id>' (bulletin board),
// 'minutes/<id>'. The secretariat calls assemblies and runs ballots; a member representative proposes, checks in and votes.
import { texts, describe, formatDate, loadStatutes, choiceText, ruleSetName } from './texts.js';
import { resultChart } from './chart.js';
import { agendaDocuments } from './documents.js';
import { minutesPage } from './minutes.js';

export async function render(root, ctx) {
  ctx.stylesheet('/console/plugins/voting/voting.css');
  await loadStatutes(ctx.api);
  const [first, second] = (ctx.route || []).map((p) => p.split('?')[0]);
  if (first === 'assembly' && second) return assemblyPage(root, ctx, second);
  if (first === 'ballot' && second) return boardPage(root, ctx, second);
  if (first === 'minutes' && second) return minutesPage(root, ctx, second);
  return listPage(root, ctx);
}

/** Shows a failure; {@code prefix} names a form's fields apart from another form's on the same page (ids stay unique). */
function failure(ctx, t, messages, error, form, prefix = '') {
  if (form && prefix && error.problem && error.problem.errors) {
    error.problem.errors = Object.fromEntries(Object.entries(error.problem.errors).map(([k, v]) => [`${prefix}${k}`, v]));
  }
  ctx.showFailure(messages, error, { form, texts: { fixErrors: t.fixErrors, error: t.error, conflict: t.conflict }, describe: describe(t),
    label: (field) => t.fields[field] || field });
}

function input(ctx, id, attrs = {}) {
  return ctx.el('input', { class: 'form-input', id, ...attrs });
}

async function listPage(root, ctx) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  const [assemblies, requests] = await Promise.all([api('/voting/assemblies'), api('/voting/requests')]);
  root.append(el('h1', {}, t.assemblies),
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'assembly-table' },
      el('thead', {}, el('tr', {}, [t.title, t.kind, t.heldAt, t.proposalsDue, t.ruleSet].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, assemblies.body.map((a) => el('tr', {}, el('th', { scope: 'row' }, el('a', { href: `#/voting/assembly/${a.id}` }, ctx.danish(a.title))),
        el('td', {}, t[a.kind]), el('td', {}, formatDate(a.heldAt, lang)), el('td', {}, formatDate(a.proposalsDue, lang)), el('td', {}, ruleSetName(t, a.ruleSet, lang))))))));
  const r = requests.body;
  root.append(el('h2', {}, t.requests), el('p', { id: 'request-state' }, `${r.requests} ${t.of} ${r.votingMembers}`),
    r.boardMustCall ? ctx.alert('warning', t.boardMustCall, ctx.danish(r.statute)) : el('p', { class: 'os2-muted' }, ctx.danish(r.statute)));
  if (ctx.user && ctx.user.organisationId && hasRole('member-representative')) root.append(requestForm(ctx, t));
  if (hasRole('secretariat')) root.append(callForm(ctx, t));
}

function requestForm(ctx, t) {
  const { el, api } = ctx;
  const messages = el('div', { id: 'request-messages', 'aria-live': 'polite' });
  const reason = input(ctx, 'request-reason');
  const form = el('form', { id: 'request-form', novalidate: true }, el('h3', {}, t.request), ctx.forms.field('reason', t.reason, reason),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'request-submit' }, t.request));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('/voting/requests', { method: 'POST', body: { reason: reason.value } });
      ctx.navigate('#/voting?requested');
    } catch (e) {
      failure(ctx, t, messages, e, form);
    }
  });
  return el('div', {}, messages, form);
}

function callForm(ctx, t) {
  const { el, api } = ctx;
  const { field } = ctx.forms;
  const messages = el('div', { id: 'call-messages', 'aria-live': 'polite' });
  const kind = el('select', { class: 'form-select', id: 'call-kind' }, ['ORDINARY', 'EXTRAORDINARY'].map((k) => el('option', { value: k }, t[k])));
  const title = input(ctx, 'call-title');
  const heldAt = input(ctx, 'call-heldAt', { type: 'datetime-local' });
  const place = input(ctx, 'call-place');
  const calledOn = input(ctx, 'call-calledOn', { type: 'date' });
  const proposalsDue = input(ctx, 'call-proposalsDue', { type: 'date' });
  const materialDue = input(ctx, 'call-materialDue', { type: 'date' });
  const form = el('form', { id: 'call-form', novalidate: true }, el('h2', {}, t.call), field('kind', t.kind, kind), field('title', t.title, title),
    field('heldAt', t.heldAt, heldAt), field('place', t.place, place), field('calledOn', t.calledOn, calledOn),
    field('proposalsDue', t.proposalsDue, proposalsDue), field('materialDue', t.materialDue, materialDue),
    el('button', { class: 'button button-primary', type: 'submit', id: 'call-submit' }, t.call));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = (x) => x.value || null;
    try {
      const created = await api('/voting/assemblies', { method: 'POST', body: { kind: kind.value, title: title.value, heldAt: heldAt.value ? `${heldAt.value.slice(0, 16)}:00` : null,
        place: place.value || null, calledOn: v(calledOn), proposalsDue: v(proposalsDue), materialDue: v(materialDue) } });
      ctx.navigate(`#/voting/assembly/${created.body.id}`);
    } catch (e) {
      failure(ctx, t, messages, e, form);
    }
  });
  return el('div', {}, messages, form);
}

async function assemblyPage(root, ctx, id) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  const data = (await api(`/voting/assemblies/${encodeURIComponent(id)}`)).body;
  const a = data.assembly;
  ctx.title(a.title);
  const staff = hasRole('secretariat');
  const rep = ctx.user && ctx.user.organisationId && hasRole('member-representative') && !staff;
  const participation = rep ? await api(`/voting/assemblies/${a.id}/participation`).then((r) => r.body).catch(() => null) : null;
  root.append(el('h1', { id: 'assembly-title' }, ctx.danish(a.title)), el('p', {}, el('a', { href: '#/voting' }, t.back)),
    el('nav', { 'aria-label': t.onThisPage, class: 'os2-page-links' }, el('ul', { id: 'page-links' },
      [['ballots', t.ballots], ['agenda-heading', t.agenda], ['material-heading', t.material || t.documents], ['facts-heading', t.ruleSet]]
        .filter(([, label]) => label).map(([anchor, label]) => el('li', {}, el('a', { href: `#/voting/assembly/${a.id}?at=${anchor}`,
          'data-anchor': anchor }, label))))));
  root.querySelectorAll('#page-links a').forEach((link) => link.addEventListener('click', (event) => {
    event.preventDefault();
    const target = document.getElementById(link.dataset.anchor);
    if (target) { target.setAttribute('tabindex', '-1'); target.focus(); target.scrollIntoView(); }
  }));
  root.append(el('h2', { id: 'ballots' }, t.ballots));
  const voted = new Map(((participation && participation.ballots) || []).map((v) => [v.ballotId, v]));
  for (const b of data.ballots) root.append(await ballotBlock(ctx, t, b, staff, rep, voted.get(b.id)));
  if (!data.ballots.length) root.append(el('p', { class: 'os2-muted' }, t.none));
  if (staff) root.append(ballotForm(ctx, t, a, data.agenda));
  root.append(el('h2', { id: 'facts-heading' }, t.ruleSet),
    el('dl', { class: 'os2-deadlines', id: 'deadlines' }, [[t.kind, t[a.kind]], [t.heldAt, formatDate(a.heldAt, lang)], [t.place, a.place ? ctx.danish(a.place) : t.none],
      [t.calledOn, formatDate(a.calledOn, lang)], [t.proposalsDue, formatDate(a.proposalsDue, lang)], [t.materialDue, formatDate(a.materialDue, lang)],
      [t.minutesDue, formatDate(data.minutesDue, lang)], [t.ruleSet, ruleSetName(t, data.ruleSet.id, lang)],
      [t.quorum, data.ruleSet.quorumPercent ? `${data.ruleSet.quorumPercent} %` : t.noQuorum],
      [t.proxies, data.ruleSet.proxyLimit ? `${t.upTo} ${data.ruleSet.proxyLimit}` : t.noProxies]].flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('h2', {}, t.procedures), el('ul', { id: 'procedures' }, (data.ruleSet.procedures || []).map((p) => el('li', {}, lang === 'en' ? p.en : p.da))),
    el('p', {}, el('a', { href: `#/voting/minutes/${a.id}`, id: 'minutes-link' }, `${t.minutes}${a.minutesPublishedOn ? ` (${t.published} ${formatDate(a.minutesPublishedOn, lang)})` : ''}`)));
  root.append(el('h2', { id: 'agenda-heading' }, t.agenda), el('ol', { id: 'agenda' }, data.agenda.map((i) => el('li', { id: `agenda-item-${i.id}` }, el('strong', {}, ctx.danish(i.title)),
    i.description ? el('p', {}, ctx.danish(i.description)) : null, i.decisionType ? el('p', { class: 'os2-muted' }, t.dt[i.decisionType]) : null))));
  await agendaDocuments(root, ctx, a, data.agenda);
  if (staff) root.append(itemForm(ctx, t, a, '/items', 'item', t.addItem, true));
  if (rep) {
    root.append(itemForm(ctx, t, a, '/proposals', 'proposal', t.propose, false));
    const messages = el('div', { id: 'checkin-messages', 'aria-live': 'polite' });
    const button = el('button', { class: 'button button-secondary', type: 'button', id: 'check-in' }, t.checkIn);
    button.addEventListener('click', async () => {
      try {
        await api(`/voting/assemblies/${a.id}/attendance`, { method: 'POST', body: {} });
        ctx.clear(messages).append(ctx.alert('success', t.checkedIn, ''));
      } catch (e) {
        failure(ctx, t, messages, e, null);
      }
    });
    const out = el('button', { class: 'button button-tertiary', type: 'button', id: 'check-out' }, t.checkOut);
    out.addEventListener('click', async () => {
      try {
        await api(`/voting/assemblies/${a.id}/attendance/${ctx.user.organisationId}`, { method: 'DELETE' });
        ctx.clear(messages).append(ctx.alert('success', t.checkedOut, ''));
      } catch (e) {
        failure(ctx, t, messages, e, null);
      }
    });
    root.append(el('div', { class: 'os2-actions' }, button, out), messages);
  }
}

function itemForm(ctx, t, a, path, prefix, label, withType) {
  const { el, api } = ctx;
  const messages = el('div', { id: `${prefix}-messages`, 'aria-live': 'polite' });
  const title = input(ctx, `${prefix}-title`);
  const description = el('textarea', { class: 'form-input', id: `${prefix}-description`, rows: 3 });
  const type = el('select', { class: 'form-select', id: `${prefix}-decisionType` }, el('option', { value: '' }, t.none),
    Object.keys(t.dt).map((k) => el('option', { value: k }, t.dt[k])));
  const elects = el('select', { class: 'form-select', id: `${prefix}-elects` }, el('option', { value: '' }, t.none),
    Object.keys(t.elections).map((k) => el('option', { value: k }, t.elections[k])));
  const form = el('form', { id: `${prefix}-form`, novalidate: true }, el('h3', {}, label), ctx.forms.field(`${prefix}-title`, t.title, title),
    ctx.forms.field(`${prefix}-description`, t.description, description), withType ? ctx.forms.field(`${prefix}-decisionType`, t.decisionType, type) : null,
    withType ? ctx.forms.field(`${prefix}-elects`, t.elects, elects) : null,
    el('span', { class: 'form-error-message', id: `error-${prefix}-proposalsDue`, hidden: true }),
    el('button', { class: 'button button-secondary', type: 'submit', id: `${prefix}-submit` }, label));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/voting/assemblies/${a.id}${path}`, { method: 'POST', body: { title: title.value, description: description.value || null, decisionType: withType ? type.value || null : null,
        elects: withType && type.value === 'ELECTION' ? elects.value || null : null } });
      ctx.navigate(`#/voting/assembly/${a.id}?${prefix}`);
    } catch (e) {
      failure(ctx, t, messages, e, form, `${prefix}-`);
    }
  });
  return el('div', {}, messages, form);
}

async function ballotBlock(ctx, t, b, staff, rep, voted) {
  const { el, api, lang } = ctx;
  const block = el('section', { class: 'os2-ballot', id: `ballot-${b.id}`, 'aria-labelledby': `ballot-${b.id}-title` },
    el('h3', { id: `ballot-${b.id}-title` }, ctx.danish(b.title)),
    el('p', {}, `${t.state}: ${t[b.state]} · ${t.dt[b.decisionType]}${b.kind === 'ELECTION' ? ` · ${t.seat(b.seats)}` : ''}${b.secret ? ` · ${t.secret}` : ''}`),
    el('p', {}, el('a', { href: `#/voting/ballot/${b.id}`, id: `board-link-${b.id}` }, t.board)));
  const messages = el('div', { id: `ballot-${b.id}-messages`, 'aria-live': 'polite' });
  block.append(messages);
  if (b.state === 'CLOSED') {
    const result = (await api(`/voting/ballots/${b.id}/result`)).body;
    block.append(el('p', { id: `result-${b.id}`, class: 'os2-result' }, el('strong', {}, `${t.result}: `), ctx.danish(b.summary)), resultChart(ctx, t, b, result));
  }
  if (staff && b.state !== 'CLOSED') {
    const action = el('button', { class: 'button button-primary', type: 'button', id: `ballot-${b.id}-${b.state === 'DRAFT' ? 'open' : 'close'}` },
      b.state === 'DRAFT' ? t.open : t.close);
    action.addEventListener('click', async () => {
      if (b.state === 'OPEN') {
        const x = await api(`/voting/ballots/${b.id}/turnout`).then((r) => r.body).catch(() => null);
        const ok = await ctx.confirm({ heading: t.confirmClose, text: t.confirmCloseText,
          facts: [[t.ballotLabel, b.title], ...(x ? [[t.votesCast, `${x.voted} ${t.of} ${x.eligible}`], [t.presentLabel, String(x.present)]] : [])],
          confirmLabel: t.close, cancelLabel: t.cancel });
        if (!ok) return;
      }
      try {
        await api(`/voting/ballots/${b.id}/${b.state === 'DRAFT' ? 'open' : 'close'}`, { method: 'POST' });
        ctx.navigate(`#/voting/assembly/${b.assemblyId}?ballot=${b.id}`);
      } catch (e) {
        failure(ctx, t, messages, e, null);
      }
    });
    block.append(el('div', { class: 'os2-actions' }, action));
  }
  if (staff && b.state === 'OPEN') {
    const turnout = el('p', { id: `turnout-${b.id}`, 'aria-live': 'polite' });
    const refresh = async () => {
      if (!document.body.contains(turnout)) return;
      const x = (await api(`/voting/ballots/${b.id}/turnout`)).body;
      turnout.textContent = `${t.turnout}: ${x.voted} ${t.voted}, ${x.present} ${t.present}, ${x.eligible} ${t.eligible}`;
      if (x.state === 'OPEN') setTimeout(refresh, 2000);
    };
    block.append(turnout);
    // the block is attached to the page after this function returns
    setTimeout(refresh, 0);
  }
  if (rep) {
    const status = el('div', { id: `voted-${b.id}`, 'aria-live': 'polite' });
    block.insertBefore(status, messages);
    showVoted(ctx, t, b, status, voted);
    if (b.state === 'OPEN') block.append(voteForm(ctx, t, b, messages, status, voted));
  }
  return block;
}

const RECEIPTS = 'os2.voting.receipt';

/**
 * The receipt this tab kept for the organisation's vote in a ballot, or null. It is kept in sessionStorage only
 * (gone when the tab closes, cleared at log out): a secret vote's choice and change code must not stay in a
 * shared browser. The voter keeps it by copying or downloading it.
 */
function keptReceipt(ctx, b) {
  try {
    return JSON.parse(sessionStorage.getItem(`${RECEIPTS}.${ctx.user.organisationId}.${b.id}`) || 'null');
  } catch (e) {
    return null;
  }
}

function keepReceipt(ctx, b, r) {
  try {
    sessionStorage.setItem(`${RECEIPTS}.${ctx.user.organisationId}.${b.id}`, JSON.stringify({ ...r, at: new Date().toISOString() }));
  } catch (e) { /* private mode: the receipt is still shown and can be copied or downloaded */ }
}

function formatInstant(iso, lang, t) {
  if (!iso) return '';
  const d = new Date(iso);
  const locale = lang === 'en' ? 'en-GB' : 'da-DK';
  return `${d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' })} ${t.at} ${d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}`;
}

/** The receipt in words: what each value is for, with copy and download. */
function receiptView(ctx, t, b, r) {
  const { el } = ctx;
  const rows = [[t.receiptHelp, r.receipt], [t.nonceHelp, r.nonce]];
  if (r.changeToken) rows.push([t.changeTokenHelp, r.changeToken]);
  const text = [`${t.receiptTitle}`, `${t.ballotLabel}: ${b.title}`, '',
    ...rows.flatMap(([label, value]) => [`${label}:`, value, '']), t.revisionHelp(r.revision || 1)].join('\n');
  const copied = el('p', { id: `receipt-${b.id}-copied`, 'aria-live': 'polite', class: 'os2-muted' });
  const copy = el('button', { class: 'button button-secondary', type: 'button', id: `receipt-${b.id}-copy` }, t.copyReceipt);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const area = el('textarea', { 'aria-hidden': 'true', class: 'os2-offscreen' });
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    copied.textContent = t.copied;
  });
  const download = el('a', { class: 'button button-secondary', id: `receipt-${b.id}-download`, download: `${t.receiptFile}-${b.id}.txt`,
    href: URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' })) }, t.downloadReceipt);
  return el('div', { class: 'os2-receipt-box', id: `receipt-${b.id}` },
    el('p', {}, t.receiptIntro),
    el('dl', { class: 'os2-receipt-list' }, rows.flatMap(([label, value]) => [el('dt', {}, label), el('dd', { class: 'os2-receipt' }, value)]),
      el('dt', {}, t.revisionLabel), el('dd', {}, t.revisionHelp(r.revision || 1))),
    el('div', { class: 'os2-actions' }, copy, download), copied);
}

/** That the organisation has voted (from the server, in any session), with the receipt if this browser kept it. */
function showVoted(ctx, t, b, status, voted) {
  const { el, lang } = ctx;
  ctx.clear(status);
  if (!voted) return;
  const kept = keptReceipt(ctx, b);
  const when = voted.votedAt ? ` ${formatInstant(voted.votedAt, lang, t)}` : '';
  status.append(ctx.alert('success', `${t.hasVoted}${when ? ` ${lang === 'en' ? 'on' : 'den'}${when}` : ''}.`,
    b.state === 'OPEN' ? t.changeVote : ''));
  status.append(kept && kept.receipt ? receiptView(ctx, t, b, kept) : el('p', { class: 'os2-muted', id: `receipt-${b.id}-missing` }, t.noReceiptHere));
}

function voteForm(ctx, t, b, messages, status, voted) {
  const { el, api } = ctx;
  const name = `choice-${b.id}`;
  const radios = b.kind === 'YES_NO' ? [['YES', t.yes], ['NO', t.no], ['ABSTAIN', t.abstain]]
    : b.kind === 'SINGLE_CHOICE' ? [...b.options.map((o) => [o.id, ctx.danish(o.label)]), ['ABSTAIN', t.abstain]] : null;
  const inputs = radios
    ? radios.map(([value, label]) => el('div', { class: 'form-group os2-checkbox os2-choice' },
      el('input', { class: 'form-radio', type: 'radio', name, id: `${name}-${value}`, value }), el('label', { for: `${name}-${value}` }, label)))
    : b.options.map((o) => el('div', { class: 'form-group os2-checkbox os2-choice' },
      el('input', { class: 'form-checkbox', type: 'checkbox', name, id: `${name}-${o.id}`, value: o.id }), el('label', { for: `${name}-${o.id}` }, ctx.danish(o.label))));
  const choiceError = el('span', { class: 'form-error-message', id: `error-${name}-choice`, hidden: true });
  const group = el('fieldset', { class: 'os2-fieldset form-group', id: `group-${name}-choice`, 'aria-describedby': `error-${name}-choice` },
    el('legend', { class: 'form-label' }, b.kind === 'ELECTION' ? `${t.vote} (${t.upTo} ${t.seat(b.seats)})` : t.vote), choiceError, inputs);
  // a secret vote is changed with the code from its receipt: the field is there only once the organisation has voted
  const token = b.secret ? input(ctx, `${name}-token`, { autocomplete: 'off' }) : null;
  const tokenField = token ? ctx.forms.field(`${name}-changeToken`, t.changeCode, token) : null;
  if (tokenField) {
    tokenField.append(el('p', { class: 'form-hint' }, t.changeCodeHint));
    const kept = keptReceipt(ctx, b);
    if (kept && kept.changeToken) token.value = kept.changeToken;
    tokenField.hidden = !voted;
  }
  const form = el('form', { id: `vote-form-${b.id}`, novalidate: true }, group, tokenField,
    el('p', { class: 'os2-muted' }, t.changeVote),
    el('button', { class: 'button button-primary', type: 'submit', id: `vote-submit-${b.id}` }, t.vote));
  const fieldError = (text) => {
    ctx.forms.clearErrors(form);
    choiceError.textContent = text;
    choiceError.hidden = false;
    group.classList.add('form-error');
    ctx.clear(messages);
    const first = form.querySelector(`input[name="${name}"]`);
    if (first) first.focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const choice = [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((x) => x.value);
    if (!choice.length) return fieldError(t.chooseOne);
    if (b.kind === 'ELECTION' && choice.length > b.seats) return fieldError(t.atMost(b.seats));
    try {
      const r = (await api(`/voting/ballots/${b.id}/votes`, { method: 'POST', body: { choice, changeToken: token && token.value ? token.value : null } })).body;
      ctx.forms.clearErrors(form);
      keepReceipt(ctx, b, r);
      ctx.clear(messages);
      showVoted(ctx, t, b, status, { ballotId: b.id, votedAt: new Date().toISOString(), revision: r.revision });
      if (tokenField) {
        tokenField.hidden = false;
        if (r.changeToken) token.value = r.changeToken;
      }
      status.querySelector('.alert').setAttribute('tabindex', '-1');
      status.querySelector('.alert').focus();
    } catch (e) {
      failure(ctx, t, messages, e, form, `${name}-`);
    }
  });
  return form;
}

function ballotForm(ctx, t, a, agenda) {
  const { el, api } = ctx;
  const { field } = ctx.forms;
  const messages = el('div', { id: 'ballot-messages', 'aria-live': 'polite' });
  const kind = el('select', { class: 'form-select', id: 'ballot-kind' }, ['YES_NO', 'SINGLE_CHOICE', 'ELECTION'].map((k) => el('option', { value: k }, t[k])));
  const type = el('select', { class: 'form-select', id: 'ballot-decisionType' }, Object.keys(t.dt).map((k) => el('option', { value: k }, t.dt[k])));
  const item = el('select', { class: 'form-select', id: 'ballot-itemId' }, el('option', { value: '' }, t.none),
    agenda.filter((i) => i.decisionType).map((i) => el('option', { value: i.id }, `${i.position}. ${i.title}`)));
  const title = input(ctx, 'ballot-title');
  const seats = input(ctx, 'ballot-seats', { type: 'number', min: 1, value: 1, class: 'form-input input-width-xs' });
  const options = el('textarea', { class: 'form-input', id: 'ballot-options', rows: 4 });
  const secret = el('input', { class: 'form-checkbox', type: 'checkbox', id: 'ballot-secret' });
  const form = el('form', { id: 'ballot-form', novalidate: true }, el('h3', {}, t.newBallot), field('ballot-itemId', t.item, item),
    field('ballot-kind', t.ballotKind, kind), field('ballot-decisionType', t.decisionType, type), field('ballot-title', t.title, title),
    field('ballot-seats', t.seats, seats), field('ballot-options', t.options, options),
    el('div', { class: 'form-group os2-checkbox' }, secret, el('label', { for: 'ballot-secret' }, t.secret)),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'ballot-submit' }, t.create));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const lines = options.value.split('\n').map((l) => l.trim()).filter(Boolean);
    const body = { itemId: item.value ? Number(item.value) : null, kind: kind.value, decisionType: type.value, title: title.value, secret: secret.checked,
      seats: Number(seats.value) || 0, closesAt: null,
      options: lines.map((l, i) => { const [label, org] = l.split('|').map((x) => x.trim()); return { id: `o${i + 1}`, label, organisationId: org ? Number(org) : null }; }) };
    try {
      await api(`/voting/assemblies/${a.id}/ballots`, { method: 'POST', body });
      ctx.navigate(`#/voting/assembly/${a.id}?created`);
    } catch (e) {
      failure(ctx, t, messages, e, form, 'ballot-');
    }
  });
  return el('div', {}, messages, form);
}

async function boardPage(root, ctx, id) {
  const { el, api, lang } = ctx;
  const t = texts(lang);
  const board = (await api(`/voting/ballots/${encodeURIComponent(id)}/board`)).body;
  const b = board.ballot;
  ctx.title(`${t.board}: ${b.title}`);
  root.append(el('h1', {}, `${t.board}: `, ctx.danish(b.title)), el('p', {}, el('a', { href: `#/voting/assembly/${b.assemblyId}` }, t.back)),
    el('p', {}, `${t.state}: ${t[b.state]}`, ...(b.summary ? [' · ', ctx.danish(b.summary)] : [])));
  if (!board.entries) {
    // an open ballot's board shows nothing of the votes: no entries, no count, no turnout
    root.append(ctx.alert('info', t[b.state], board.notice ? (lang === 'en' ? board.notice.en : board.notice.da) : t.votesAfterClose));
    return;
  }
  const out = el('div', { id: 'verify-result', 'aria-live': 'polite' });
  const check = el('button', { class: 'button button-secondary', type: 'button', id: 'verify' }, t.verify);
  check.addEventListener('click', async () => {
    const v = (await api(`/voting/ballots/${b.id}/verify`)).body;
    ctx.clear(out).append(v.ok ? ctx.alert('success', t.verified, t.entriesN(v.ballots)) : ctx.alert('error', t.notVerified, v.problems.join(' ')));
  });
  const short = (hash) => el('span', { class: 'os2-hash' }, el('span', { class: 'os2-receipt-short', 'aria-hidden': 'true' }, `${hash.slice(0, 12)}…`),
    el('details', { class: 'os2-hash-full' }, el('summary', {}, el('span', { class: 'os2-sr-only' }, `${hash.slice(0, 12)} – `), t.shownFull),
      el('span', { class: 'os2-receipt' }, hash)));
  const rows = board.entries.map((e) => el('tr', { 'data-receipt': e.receipt }, el('td', {}, short(e.receipt)), el('td', {}, /^(YES|NO|ABSTAIN|)$/.test(e.choice) ? choiceText(t, b, e.choice) : ctx.danish(choiceText(t, b, e.choice)))));
  const findInput = input(ctx, 'find-receipt', { autocomplete: 'off', spellcheck: 'false' });
  const findOut = el('div', { id: 'find-result', 'aria-live': 'polite' });
  const findForm = el('form', { id: 'find-form', class: 'os2-find', novalidate: true, role: 'search', 'aria-labelledby': 'find-heading' },
    el('h2', { id: 'find-heading' }, t.find), ctx.forms.field('find-receipt', t.findLabel, findInput),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'find-submit' }, t.findButton), findOut);
  findForm.addEventListener('submit', (event) => {
    event.preventDefault();
    rows.forEach((r) => { r.classList.remove('os2-found'); r.removeAttribute('aria-current'); });
    const code = findInput.value.trim().toLowerCase().replace(/\s+/g, '');
    if (!code) { ctx.clear(findOut).append(ctx.alert('error', t.findEmpty, '')); return; }
    const hit = rows.find((r) => r.dataset.receipt.toLowerCase().startsWith(code));
    if (!hit) { ctx.clear(findOut).append(ctx.alert('error', t.notFound, '')); return; }
    hit.classList.add('os2-found');
    hit.setAttribute('aria-current', 'true');
    hit.querySelector('details').open = true;
    ctx.clear(findOut).append(ctx.alert('success', t.found, ''));
    hit.scrollIntoView({ block: 'center' });
  });
  root.append(findForm, el('div', { class: 'os2-actions' }, check), out,
    el('p', {}, t.entriesN(board.entries.length)),
    board.chainHead ? el('p', { id: 'chain-head' }, `${t.chainHead}: `, short(board.chainHead)) : '',
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'board-table' },
      el('thead', {}, el('tr', {}, [t.receipt, t.vote].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows))));
}
