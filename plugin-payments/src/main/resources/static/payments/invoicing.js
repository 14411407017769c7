// Members' fees (the dry run with the split chart), the invoice run with its progress, and the issued invoices.
import { texts, money, formatDate, ore, fromOre } from './texts.js';
import { table, failureOptions, thisYear, yearForm, csvButton } from './helpers.js';
import { stackedBar } from './charts.js';

const KINDS = ['MEMBERSHIP_FEE', 'PRODUCT_FEE', 'JOINING_FEE', 'SUPPLIER_PARTNER_FEE'];

function yearFromHash(fallback) {
  const match = /[?&]year=(\d{4})/.exec(window.location.hash);
  return match ? Number(match[1]) : fallback;
}

/** Lines of one organisation with their explanations. */
export function linesTable(ctx, t, id, lines) {
  // the amount beside the line's name, so that it shows on a phone; the long explanation last; the server
  // writes lines and explanations in Danish (ctx.danish marks them on an English page)
  return table(ctx.el, id, [t.lines, t.amount, t.explanation],
    lines.map((l) => [ctx.danish(l.description), money(l.amount, ctx.lang), ctx.danish(l.explanation)]), [1]);
}

export async function feesPage(root, ctx) {
  const { el, api, lang, clear } = ctx;
  const t = texts(lang);
  const year = yearFromHash(thisYear());
  const out = el('div', { id: 'fees-result', 'aria-live': 'polite' });
  const messages = el('div', { id: 'fees-messages', 'aria-live': 'polite' });
  root.append(el('h2', {}, `${t.fees} ${year}`), yearForm(ctx, t, 'fees-form', year, (y) => ctx.navigate(`#/payments/fees?year=${y}`)),
    el('p', {}, csvButton(ctx, t, 'fees-csv', t.csvFees, `/payments/fees.csv?year=${year}`, `os2-betaling-${year}.csv`, messages)), messages, out);
  let preview;
  try {
    preview = (await api(`/payments/fees?year=${year}`)).body;
  } catch (e) {
    ctx.showFailure(out, e, failureOptions(t));
    return;
  }
  const sums = Object.fromEntries(KINDS.map((k) => [k, 0]));
  // summed in whole øre; the chart draws kroner
  for (const m of preview.members) for (const l of m.lines) sums[l.kind] += ore(l.amount);
  const parts = KINDS.filter((k) => sums[k] > 0).map((k) => ({ key: k, label: t[k], value: fromOre(sums[k]) }));
  clear(out).append(
    el('p', {}, `${t.tariffUsed}: ${preview.tariffName} · ${t.toIssue}: ${preview.toIssue} · ${t.alreadyIssued}: ${preview.alreadyIssued} · ${t.withProblems}: ${preview.withProblems}`),
    el('h3', {}, t.split),
    el('div', { class: 'os2-chart-wrap' }, stackedBar(ctx, 'fee-split-chart', t.split, t.splitDesc, parts, lang)),
    el('ul', { class: 'os2-legend' }, parts.map((p) => el('li', {}, el('span', { class: `os2-key-${p.key}`, 'aria-hidden': 'true' }), `${p.label}: ${money(p.value, lang)}`))),
    el('h3', {}, t.organisation),
    feesTable(ctx, t, preview.members),
    el('h3', {}, t.explanation),
    el('div', { id: 'fee-members' }, preview.members.map((m) => el('details', { class: 'os2-member' },
      el('summary', {}, el('span', {}, ctx.danish(m.name), m.problems.length ? el('span', { class: 'os2-problems' }, ` (${t.problems})`) : null),
        el('span', { class: 'os2-amount' }, money(m.lineTotal, lang))),
      linesTable(ctx, t, `fee-lines-${m.organisationId}`, m.lines),
      m.warnings.length ? el('p', {}, `${t.warnings}: `, ctx.danish(m.warnings.join(' '))) : null,
      m.problems.length ? el('p', { class: 'os2-problems' }, `${t.problems}: `, ctx.danish(m.problems.join(' '))) : null,
      el('p', {}, el('a', { href: `#/payments/organisation/${m.organisationId}` }, `${t.details}: `, ctx.danish(m.name)))))));
}

/** Every organisation's fee split by kind, with a total row. */
function feesTable(ctx, t, members) {
  const { el, lang } = ctx;
  // sums in whole øre, written back as amounts for money()
  const sum = (m, kind) => m.lines.filter((l) => l.kind === kind).reduce((s, l) => s + ore(l.amount), 0);
  const cols = [['MEMBERSHIP_FEE', t.membershipCol], ['PRODUCT_FEE', t.productCol], ['JOINING_FEE', t.joiningCol], ['SUPPLIER_PARTNER_FEE', t.partnerCol]];
  const totals = { line: 0, total: 0, ...Object.fromEntries(KINDS.map((k) => [k, 0])) };
  const rows = members.map((m) => {
    const bits = cols.map(([k]) => { const v = sum(m, k); totals[k] += v; return v; });
    totals.line += ore(m.lineTotal);
    totals.total += ore(m.total);
    return el('tr', {}, el('th', { scope: 'row' }, el('a', { href: `#/payments/organisation/${m.organisationId}` }, ctx.danish(m.name))),
      ...bits.map((v) => el('td', { class: 'os2-amount' }, money(fromOre(v), lang))),
      el('td', { class: 'os2-amount' }, money(m.lineTotal, lang)), el('td', { class: 'os2-amount' }, money(m.total, lang)),
      el('td', {}, m.alreadyIssued ? t.yes : t.no), el('td', { class: m.problems.length ? 'os2-problems' : null }, m.problems.length ? t.problems : t.none));
  });
  return el('div', { class: 'os2-table-wrap', tabindex: '0', role: 'region', 'aria-label': t.organisation },
    el('table', { class: 'table table--zebra', id: 'fees-table' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.organisation), ...cols.map(([, h]) => el('th', { scope: 'col', class: 'os2-amount' }, h)),
        el('th', { scope: 'col', class: 'os2-amount' }, t.lineTotalCol), el('th', { scope: 'col', class: 'os2-amount' }, t.inclVat),
        el('th', { scope: 'col' }, t.issuedCol), el('th', { scope: 'col' }, t.problemsCol))),
      el('tbody', {}, rows),
      el('tfoot', {}, el('tr', { id: 'fees-total', class: 'os2-total-row' }, el('th', { scope: 'row' }, `${t.totalRow} (${members.length})`),
        ...cols.map(([k]) => el('td', { class: 'os2-amount' }, money(fromOre(totals[k]), lang))),
        el('td', { class: 'os2-amount' }, money(fromOre(totals.line), lang)), el('td', { class: 'os2-amount' }, money(fromOre(totals.total), lang)), el('td', {}, ''), el('td', {}, '')))));
}

export async function runPage(root, ctx) {
  const { el, api, lang, clear, hasRole } = ctx;
  const t = texts(lang);
  const messages = el('div', { id: 'run-messages', 'aria-live': 'polite' });
  const status = el('div', { id: 'run-status', 'aria-live': 'polite' });
  const year = el('input', { class: 'form-input input-width-xs', type: 'number', id: 'run-year', name: 'year', min: 2000, max: 2100, value: thisYear(), required: true });
  const dry = el('button', { class: 'button button-secondary', type: 'button', id: 'run-dry' }, t.dryRun);
  const issue = el('button', { class: 'button button-primary', type: 'submit', id: 'run-issue', disabled: !hasRole('secretariat') }, t.issue);
  const form = el('form', { class: 'os2-toolbar', id: 'run-form', novalidate: true }, ctx.forms.field('year', t.year, year), dry, issue);
  root.append(el('h2', {}, t.run), messages, form, status);

  const facts = (p) => [[t.tariffUsed, `${p.tariffName}`], [t.year, String(p.year)], [t.invoiceCount, String(p.toIssue)], [t.totalInclVat, money(p.total, lang)]];
  dry.addEventListener('click', async () => {
    ctx.forms.clearErrors(form);
    clear(messages);
    try {
      const p = (await api(`/payments/fees?year=${Number(year.value)}`)).body;
      clear(status).append(el('div', {}, summary(el, t, lang, [[t.tariffUsed, p.tariffName], [t.toIssue, String(p.toIssue)], [t.alreadyIssued, String(p.alreadyIssued)],
        [t.withProblems, String(p.withProblems)], [t.exVat, money(p.lineTotal, lang)], [t.inclVat, money(p.total, lang)]], 'dry-run-summary'),
      problemGroups(ctx, t, p.problemGroups || [])));
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  // one run at a time from this page: a second click or Enter while one is asked or running does nothing
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    try {
      await issueRun();
    } finally {
      busy = false;
      issue.disabled = !hasRole('secretariat');
    }
  });

  async function issueRun() {
    ctx.forms.clearErrors(form);
    clear(messages);
    let preview;
    try {
      // the confirmation names what the server's dry run says will be issued
      preview = (await api(`/payments/fees?year=${Number(year.value)}`)).body;
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
      return;
    }
    if (!preview.toIssue) {
      // nothing to confirm: the run would issue nothing
      clear(messages).append(ctx.alert('info', t.nothingToIssue(preview.year, preview.alreadyIssued, preview.withProblems), ''));
      return;
    }
    const yes = await ctx.confirm({ heading: t.confirmIssue, text: t.confirmIssueText, facts: facts(preview), confirmLabel: t.issueNow, cancelLabel: t.keep });
    if (!yes) {
      clear(messages).append(ctx.alert('info', t.cancelled, ''));
      return;
    }
    let run;
    try {
      run = (await api('/payments/runs', { method: 'POST', body: { year: Number(year.value) } })).body;
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
      return;
    }
    issue.disabled = true;
    const expected = preview.toIssue;
    const bar = el('progress', { id: 'run-progress', max: Math.max(expected, 1), value: 0, 'aria-label': t.progress });
    const label = el('span', { id: 'run-progress-text' }, t.issuing);
    clear(status).append(el('p', { class: 'os2-run-progress' }, bar, ' ', label));
    while (run.state === 'RUNNING') {
      await new Promise((resolve) => { setTimeout(resolve, 400); });
      try {
        run = (await api(`/payments/runs/${run.id}`)).body;
      } catch (e) {
        // the run goes on on the server; the page lost sight of it (network, session)
        ctx.showFailure(messages, e, failureOptions(t, form));
        label.textContent = t.runLost;
        return;
      }
      bar.max = Math.max(expected, run.created, 1);
      bar.value = run.created;
      label.textContent = t.issuedOf(run.created, Math.max(expected, run.created));
    }
    if (run.state === 'FAILED') {
      clear(messages).append(ctx.alert('error', t.runFailed, run.error || ''));
      return;
    }
    bar.max = Math.max(run.created, 1);
    bar.value = bar.max;
    label.textContent = t.issuedOf(run.created, run.created);
    clear(messages).append(ctx.alert('success', t.runDone, ''));
    status.append(el('div', {}, summary(el, t, lang, [[t.tariffUsed, preview.tariffName], [t.created, String(run.created)], [t.skipped, String(run.skipped)], [t.withProblems, String(run.withProblems)],
      [t.inclVat, money(run.total, lang)]], 'run-summary'), problemGroups(ctx, t, preview.problemGroups || []),
    el('p', {}, el('a', { href: `#/payments/invoices?year=${run.year}`, id: 'run-invoices' }, `${t.invoices} ${run.year}`))));
  }
}

function summary(el, t, lang, pairs, id) {
  return el('dl', { class: 'os2-details', id }, pairs.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

/** Each distinct problem once, with how many organisations it stops and (folded) their names. */
function problemGroups(ctx, t, groups) {
  const { el } = ctx;
  if (!groups.length) return null;
  return el('div', {}, el('h3', {}, t.problems), el('ul', { class: 'os2-problems', id: 'run-problems' }, groups.map((g) => el('li', {},
    ctx.danish(g.problem), ` (${t.organisationsAffected(g.organisations)})`,
    g.organisations > 1 ? el('details', {}, el('summary', {}, t.showNames), el('p', {}, g.names.join(', '))) : null))));
}

const PAGE_SIZE = 25;

/** The invoice's payment status key: credited, the organisation's recorded standing since it was issued, else due or not. */
export function paymentStatus(i, standing, today) {
  if (i.kind !== 'INVOICE') return 'none';
  if (i.creditNoteId) return 'credited';
  if (standing && standing.recordedAt && standing.recordedAt.slice(0, 10) >= i.issueDate) return standing.standing;
  return i.dueDate < today ? 'dueNotPaid' : 'notDue';
}

export async function invoicesPage(root, ctx) {
  const { el, api, lang, clear, hasRole } = ctx;
  const t = texts(lang);
  const year = yearFromHash(thisYear());
  const messages = el('div', { id: 'invoice-messages', 'aria-live': 'polite' });
  root.append(el('h2', {}, `${t.invoices} ${year}`), yearForm(ctx, t, 'invoices-form', year, (y) => ctx.navigate(`#/payments/invoices?year=${y}`)), messages,
    el('p', {}, csvButton(ctx, t, 'invoices-csv', t.csv, `/payments/invoices.csv?year=${year}`, `os2-fakturaer-${year}.csv`, messages)));
  const [invoices, standings] = await Promise.all([api(`/payments/invoices?year=${year}`).then((r) => r.body),
    api('/payments/standings').then((r) => r.body).catch(() => ({}))]);
  if (!invoices.length) {
    root.append(el('p', { id: 'no-invoices' }, t.noInvoices));
    return;
  }
  const total = fromOre(invoices.reduce((s, i) => s + ore(i.total), 0));
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Copenhagen' });
  const statusOf = (i) => paymentStatus(i, standings[String(i.organisationId)], today);
  const statuses = ['PAID', 'OVERDUE', 'REMINDED', 'UNPAID_AFTER_REMINDER', 'dueNotPaid', 'notDue', 'credited'];
  const status = el('select', { class: 'form-select', id: 'invoice-filter-status' }, el('option', { value: '' }, t.allStatuses),
    statuses.map((s) => el('option', { value: s }, statusLabel(t, s))));
  const name = el('input', { class: 'form-input', id: 'invoice-filter-name', type: 'search' });
  const filter = el('form', { class: 'os2-toolbar', id: 'invoice-filter', role: 'search' }, ctx.forms.field('status', t.paidStatus, status),
    ctx.forms.field('name', t.search, name), el('button', { class: 'button button-secondary', type: 'submit', id: 'invoice-filter-submit' }, t.filter));
  const list = el('div', { id: 'invoice-list' });
  const panel = el('div', { id: 'credit-panel' });
  let page = 0;
  const draw = () => {
    const text = name.value.trim().toLowerCase();
    const shown = invoices.filter((i) => (!status.value || statusOf(i) === status.value) && (!text || i.buyer.name.toLowerCase().includes(text)));
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    const slice = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const prev = el('button', { class: 'button button-tertiary', type: 'button', id: 'invoice-page-previous', disabled: page === 0 }, t.previous);
    const next = el('button', { class: 'button button-tertiary', type: 'button', id: 'invoice-page-next', disabled: page >= pages - 1 }, t.next);
    prev.addEventListener('click', () => { page -= 1; draw(); });
    next.addEventListener('click', () => { page += 1; draw(); });
    clear(list).append(
      el('p', { id: 'invoices-shown', 'aria-live': 'polite' }, shown.length ? t.shown(page * PAGE_SIZE + 1, page * PAGE_SIZE + slice.length, shown.length) : t.noMatch),
      slice.length ? invoiceTable(ctx, t, slice, hasRole('secretariat') ? (invoice) => creditButton(ctx, t, invoice, panel, messages) : null, statusOf) : '',
      pages > 1 ? el('nav', { class: 'os2-toolbar', 'aria-label': t.page, id: 'invoice-pages' }, prev, el('span', {}, `${t.page} ${page + 1} / ${pages}`), next) : '');
  };
  filter.addEventListener('submit', (event) => { event.preventDefault(); page = 0; draw(); });
  root.append(el('p', { id: 'invoices-total' }, `${invoices.length} ${t.documents} · ${t.inclVat}: ${money(total, lang)}`), filter, list, panel);
  draw();
  clear(messages);
}

function statusLabel(t, s) {
  return { dueNotPaid: t.dueNotPaid, notDue: t.notDue, credited: t.credited, none: t.none }[s] || t[s] || t.none;
}

/** The invoices with their PDF and XML downloads; credit(invoice) gives a credit button for the secretariat. */
export function invoiceTable(ctx, t, invoices, credit, statusOf) {
  const { el, lang } = ctx;
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Copenhagen' });
  const state = statusOf || ((i) => paymentStatus(i, null, today));
  const note = (i) => i.creditNoteId ? `${t.creditedBy} ${i.creditNoteId}` : i.creditedInvoiceId ? `${t.credits} ${i.creditedInvoiceId}`
    : i.replacesInvoiceId ? `${t.replaces} ${i.replacesInvoiceId}` : '';
  return table(el, 'invoice-table', [t.number, t.kind, t.buyer, t.yearCovered, t.date, t.due, t.paidStatus, t.exVat, t.inclVat, t.download, credit ? t.credit : ''],
    invoices.map((i) => [String(i.number), `${t[i.kind]}${note(i) ? ` (${note(i)})` : ''}`,
      el('a', { href: `#/payments/organisation/${i.organisationId}` }, ctx.danish(i.buyer.name)), String(i.year), formatDate(i.issueDate, lang), formatDate(i.dueDate, lang),
      statusLabel(t, state(i)), money(i.lineTotal, lang), money(i.total, lang),
      el('span', { class: 'os2-downloads' }, el('a', { href: `/api/v1/payments/invoices/${i.id}.pdf?lang=${lang}`, download: '', id: `pdf-${i.id}`, 'aria-label': `${t.pdf}: ${t[i.kind].toLowerCase()} ${i.number}` }, t.pdf), ' · ',
        el('a', { href: `/api/v1/payments/invoices/${i.id}/xml?format=oioubl`, download: '', id: `xml-oioubl-${i.id}`, 'aria-label': `${t.download} ${t[i.kind].toLowerCase()} ${i.number}: OIOUBL` }, 'OIOUBL'), ' · ',
        el('a', { href: `/api/v1/payments/invoices/${i.id}/xml?format=peppol`, download: '', id: `xml-peppol-${i.id}`, 'aria-label': `${t.download} ${t[i.kind].toLowerCase()} ${i.number}: Peppol` }, 'Peppol')),
      credit && i.kind === 'INVOICE' && !i.creditNoteId ? credit(i) : '']), [7, 8]);
}

/** A button in the row that opens the credit form in its own panel below the list. */
function creditButton(ctx, t, invoice, panel, messages) {
  const button = ctx.el('button', { class: 'button button-tertiary button-small', type: 'button', id: `credit-open-${invoice.id}`,
    'aria-label': `${t.creditInvoice} ${invoice.number}: ${invoice.buyer.name}` }, t.credit);
  button.addEventListener('click', () => {
    ctx.clear(panel).append(creditForm(ctx, t, invoice, messages));
    panel.querySelector('h3').focus();
  });
  return button;
}

function creditForm(ctx, t, invoice, messages) {
  const { el, api, lang } = ctx;
  const reason = el('input', { class: 'form-input', id: `credit-reason-${invoice.id}`, name: 'reason' });
  const reissue = el('input', { class: 'form-checkbox', type: 'checkbox', id: `credit-reissue-${invoice.id}`, checked: true });
  const local = el('div', { 'aria-live': 'polite' });
  const form = el('form', { id: `credit-form-${invoice.id}`, class: 'os2-credit-panel', novalidate: true },
    el('h3', { tabindex: '-1' }, `${t.creditInvoice} ${invoice.number}: `, ctx.danish(invoice.buyer.name)), local,
    ctx.forms.field('reason', t.creditReason, reason),
    el('div', { class: 'form-group os2-checkbox' }, reissue, el('label', { for: reissue.id }, t.reissue)),
    el('button', { class: 'button button-primary', type: 'submit', id: `credit-submit-${invoice.id}` }, t.credit));
  let busy = false; // one credit note per confirmation: a second click while one is asked or sent does nothing
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    try {
      await credit();
    } finally {
      busy = false;
    }
  });

  async function credit() {
    const yes = await ctx.confirm({ heading: t.confirmCredit, facts: [[t.creditFor, `${invoice.number} – ${invoice.buyer.name}`],
      [t.inclVat, money(invoice.total, lang)], [t.creditReason, reason.value || t.none], [t.reissue, reissue.checked ? t.yes : t.no]], confirmLabel: t.credit, cancelLabel: t.keep });
    if (!yes) return;
    try {
      await api(`/payments/invoices/${invoice.id}/credit-note`, { method: 'POST', body: { reason: reason.value, reissue: reissue.checked } });
      ctx.navigate(`#/payments/invoices?year=${invoice.year}&credited=${invoice.id}`);
    } catch (e) {
      ctx.showFailure(local, e, failureOptions(t, form));
    }
  }
  return form;
}
