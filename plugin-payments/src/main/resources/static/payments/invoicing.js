// Members' fees (the dry run with the split chart), the invoice run with its progress, and the issued invoices.
import { texts, money, formatDate } from './texts.js';
import { table, failureOptions, thisYear, yearForm } from './helpers.js';
import { stackedBar } from './charts.js';

const KINDS = ['MEMBERSHIP_FEE', 'PRODUCT_FEE', 'JOINING_FEE', 'SUPPLIER_PARTNER_FEE'];

function yearFromHash(fallback) {
  const match = /[?&]year=(\d{4})/.exec(window.location.hash);
  return match ? Number(match[1]) : fallback;
}

/** Lines of one organisation with their explanations. */
export function linesTable(el, t, lang, id, lines) {
  return table(el, id, [t.lines, t.explanation, t.amount], lines.map((l) => [l.description, l.explanation, money(l.amount, lang)]), [2]);
}

export async function feesPage(root, ctx) {
  const { el, api, lang, clear } = ctx;
  const t = texts(lang);
  const year = yearFromHash(thisYear());
  const out = el('div', { id: 'fees-result', 'aria-live': 'polite' });
  root.append(el('h2', {}, `${t.fees} ${year}`), yearForm(ctx, t, 'fees-form', year, (y) => ctx.navigate(`#/payments/fees?year=${y}`)), out);
  let preview;
  try {
    preview = (await api(`/payments/fees?year=${year}`)).body;
  } catch (e) {
    ctx.showFailure(out, e, failureOptions(t));
    return;
  }
  const sums = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const m of preview.members) for (const l of m.lines) sums[l.kind] += Number(l.amount);
  const parts = KINDS.filter((k) => sums[k] > 0).map((k) => ({ key: k, label: t[k], value: sums[k] }));
  clear(out).append(
    el('p', {}, `${preview.tariffName} · ${t.toIssue}: ${preview.toIssue} · ${t.alreadyIssued}: ${preview.alreadyIssued} · ${t.withProblems}: ${preview.withProblems}`),
    el('h3', {}, t.split),
    el('div', { class: 'os2-chart-wrap' }, stackedBar(ctx, 'fee-split-chart', t.split, t.splitDesc, parts, lang)),
    el('ul', { class: 'os2-legend' }, parts.map((p) => el('li', {}, el('span', { class: `os2-key-${p.key}`, 'aria-hidden': 'true' }), `${p.label}: ${money(p.value, lang)}`))),
    el('h3', {}, t.organisation),
    el('div', { id: 'fee-members' }, preview.members.map((m) => el('details', { class: 'os2-member' },
      el('summary', {}, el('span', {}, m.name, m.problems.length ? el('span', { class: 'os2-problems' }, ` (${t.problems})`) : null),
        el('span', { class: 'os2-amount' }, money(m.lineTotal, lang))),
      linesTable(el, t, lang, `fee-lines-${m.organisationId}`, m.lines),
      m.warnings.length ? el('p', {}, `${t.warnings}: ${m.warnings.join(' ')}`) : null,
      m.problems.length ? el('p', { class: 'os2-problems' }, `${t.problems}: ${m.problems.join(' ')}`) : null,
      el('p', {}, el('a', { href: `#/payments/organisation/${m.organisationId}` }, `${t.details}: ${m.name}`))))));
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

  dry.addEventListener('click', async () => {
    ctx.forms.clearErrors(form);
    try {
      const p = (await api(`/payments/fees?year=${Number(year.value)}`)).body;
      clear(status).append(el('div', {}, summary(el, t, lang, [[t.toIssue, String(p.toIssue)], [t.alreadyIssued, String(p.alreadyIssued)],
        [t.withProblems, String(p.withProblems)], [t.exVat, money(p.lineTotal, lang)], [t.inclVat, money(p.total, lang)]], 'dry-run-summary'),
      problems(el, t, p.members.filter((m) => !m.alreadyIssued && m.problems.length).map((m) => `${m.name}: ${m.problems.join(' ')}`))));
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    ctx.forms.clearErrors(form);
    clear(messages);
    let run;
    try {
      run = (await api('/payments/runs', { method: 'POST', body: { year: Number(year.value) } })).body;
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
      return;
    }
    issue.disabled = true;
    const bar = el('progress', { id: 'run-progress', max: 1, value: 0, 'aria-label': t.progress });
    const label = el('span', { id: 'run-progress-text' }, t.issuing);
    clear(status).append(el('p', { class: 'os2-run-progress' }, bar, ' ', label));
    while (run.state === 'RUNNING') {
      await new Promise((resolve) => { setTimeout(resolve, 400); });
      run = (await api(`/payments/runs/${run.id}`)).body;
      bar.max = Math.max(run.members, 1);
      bar.value = run.done;
      label.textContent = `${run.done} / ${run.members}`;
    }
    issue.disabled = false;
    if (run.state === 'FAILED') {
      clear(messages).append(ctx.alert('error', t.runFailed, run.error || ''));
      return;
    }
    bar.value = bar.max;
    clear(messages).append(ctx.alert('success', t.runDone, ''));
    status.append(el('div', {}, summary(el, t, lang, [[t.created, String(run.created)], [t.skipped, String(run.skipped)], [t.withProblems, String(run.withProblems)],
      [t.inclVat, money(run.total, lang)]], 'run-summary'), problems(el, t, run.problems),
    el('p', {}, el('a', { href: `#/payments/invoices?year=${run.year}`, id: 'run-invoices' }, `${t.invoices} ${run.year}`))));
  });
}

function summary(el, t, lang, pairs, id) {
  return el('dl', { class: 'os2-details', id }, pairs.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function problems(el, t, list) {
  if (!list.length) return null;
  return el('div', {}, el('h3', {}, t.problems), el('ul', { class: 'os2-problems', id: 'run-problems' }, list.map((p) => el('li', {}, p))));
}

export async function invoicesPage(root, ctx) {
  const { el, api, lang, clear, hasRole } = ctx;
  const t = texts(lang);
  const year = yearFromHash(thisYear());
  const messages = el('div', { id: 'invoice-messages', 'aria-live': 'polite' });
  root.append(el('h2', {}, `${t.invoices} ${year}`), yearForm(ctx, t, 'invoices-form', year, (y) => ctx.navigate(`#/payments/invoices?year=${y}`)), messages,
    el('p', {}, el('a', { class: 'button button-tertiary', href: `/api/v1/payments/invoices.csv?year=${year}`, id: 'invoices-csv', download: '' }, t.csv)));
  const invoices = (await api(`/payments/invoices?year=${year}`)).body;
  if (!invoices.length) {
    root.append(el('p', { id: 'no-invoices' }, t.noInvoices));
    return;
  }
  const total = invoices.reduce((s, i) => s + Number(i.total), 0);
  root.append(el('p', { id: 'invoices-total' }, `${invoices.length} ${t.documents} · ${t.inclVat}: ${money(total, lang)}`),
    invoiceTable(ctx, t, invoices, hasRole('secretariat') ? (invoice) => creditForm(ctx, t, invoice, messages) : null));
  clear(messages);
}

/** The invoices with their PDF and XML downloads; credit(invoice) gives a credit form for the secretariat. */
export function invoiceTable(ctx, t, invoices, credit) {
  const { el, lang } = ctx;
  const note = (i) => i.creditNoteId ? `${t.creditedBy} ${i.creditNoteId}` : i.creditedInvoiceId ? `${t.credits} ${i.creditedInvoiceId}`
    : i.replacesInvoiceId ? `${t.replaces} ${i.replacesInvoiceId}` : '';
  return table(el, 'invoice-table', [t.number, t.kind, t.buyer, t.date, t.exVat, t.inclVat, t.download, ''],
    invoices.map((i) => [String(i.number), `${t[i.kind]}${note(i) ? ` (${note(i)})` : ''}`, i.buyer.name, formatDate(i.issueDate, lang),
      money(i.lineTotal, lang), money(i.total, lang),
      el('span', {}, el('a', { href: `/api/v1/payments/invoices/${i.id}.pdf?lang=${lang}`, download: '', id: `pdf-${i.id}`, 'aria-label': `${t.pdf}: ${t[i.kind].toLowerCase()} ${i.number}` }, t.pdf), ' · ',
        el('a', { href: `/api/v1/payments/invoices/${i.id}/xml?format=oioubl`, download: '', id: `xml-oioubl-${i.id}`, 'aria-label': `${t.download} ${t[i.kind].toLowerCase()} ${i.number}: OIOUBL` }, 'OIOUBL'), ' · ',
        el('a', { href: `/api/v1/payments/invoices/${i.id}/xml?format=peppol`, download: '', id: `xml-peppol-${i.id}`, 'aria-label': `${t.download} ${t[i.kind].toLowerCase()} ${i.number}: Peppol` }, 'Peppol')),
      credit && i.kind === 'INVOICE' && !i.creditNoteId ? credit(i) : '']), [4, 5]);
}

function creditForm(ctx, t, invoice, messages) {
  const { el, api } = ctx;
  const reason = el('input', { class: 'form-input', id: `credit-reason-${invoice.id}`, name: 'reason' });
  const reissue = el('input', { class: 'form-checkbox', type: 'checkbox', id: `credit-reissue-${invoice.id}`, checked: true });
  const form = el('form', { id: `credit-form-${invoice.id}`, novalidate: true },
    ctx.forms.field('reason', `${t.creditReason} (${t.number} ${invoice.number})`, reason),
    el('div', { class: 'form-group os2-checkbox' }, reissue, el('label', { for: reissue.id }, t.reissue)),
    el('button', { class: 'button button-secondary button-small', type: 'submit', id: `credit-submit-${invoice.id}` }, t.credit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/payments/invoices/${invoice.id}/credit-note`, { method: 'POST', body: { reason: reason.value, reissue: reissue.checked } });
      ctx.navigate(`#/payments/invoices?year=${invoice.year}&credited=${invoice.id}`);
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  return el('details', {}, el('summary', {}, t.credit), form);
}
