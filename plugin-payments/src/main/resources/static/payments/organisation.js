// One organisation's payments: what it pays this year and why, its invoices and standing; for the
// secretariat also its billing details, subscriptions and a form to record its standing.
import { texts, money, formatDate } from './texts.js';
import { table, failureOptions, thisYear } from './helpers.js';
import { linesTable, invoiceTable } from './invoicing.js';

export async function organisationPage(root, ctx, id) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  const year = thisYear();
  const organisation = (await api(`/members/${encodeURIComponent(id)}`)).body;
  ctx.title(`${t.payments}: ${organisation.name}`);
  root.append(el('h1', {}, `${t.payments}: `, ctx.danish(organisation.name)));
  if (hasRole('secretariat') || hasRole('board')) root.append(el('p', {}, el('a', { href: '#/payments/fees' }, t.back)));

  const fees = el('section', { id: 'organisation-fees', 'aria-labelledby': 'organisation-fees-title' }, el('h2', { id: 'organisation-fees-title' }, `${t.feesFor} ${year}`));
  try {
    const charge = (await api(`/payments/organisations/${id}/fees?year=${year}`)).body;
    fees.append(el('div', {}, el('p', {}, charge.alreadyIssued ? t.alreadyInvoiced : t.notYetInvoiced),
      charge.lines.length ? linesTable(ctx, t, 'organisation-lines', charge.lines) : el('p', {}, t.nothingOwed),
      charge.lines.length ? el('p', { id: 'organisation-total' }, `${t.exVat}: ${money(charge.lineTotal, lang)} · ${t.inclVat}: ${money(charge.total, lang)}`) : null,
      charge.warnings.length ? el('p', {}, `${t.warnings}: `, ctx.danish(charge.warnings.join(' '))) : null,
      charge.problems.length ? el('p', { class: 'os2-problems' }, `${t.problems}: `, ctx.danish(charge.problems.join(' '))) : null));
  } catch (e) {
    ctx.showFailure(fees, e, failureOptions(t));
  }
  root.append(fees);

  const invoices = (await api(`/payments/organisations/${id}/invoices`)).body;
  root.append(el('h2', {}, t.invoices), invoices.length ? invoiceTable(ctx, t, invoices, null) : el('p', {}, t.noInvoices));

  const standing = (await api(`/payments/organisations/${id}/standing`)).body;
  root.append(el('section', { 'aria-labelledby': 'standing-title' }, el('h2', { id: 'standing-title' }, t.standing), el('p', { id: 'standing-current' }, standing.current ? `${t[standing.current.standing]}: ${standing.current.note}` : t.noStanding),
    standing.treatedAsWithdrawn ? ctx.alert('warning', t.withdrawnWarning, '') : null,
    standing.history.length > 1 ? table(el, 'standing-history', [t.date, t.standing, t.note],
      standing.history.map((r) => [formatDate(r.recordedAt.slice(0, 10), lang), t[r.standing], `${r.note} (${r.recordedBy})`])) : null));
  if (!hasRole('secretariat')) return;
  root.append(standingForm(ctx, t, id), await billingForm(ctx, t, id, organisation), await subscriptions(ctx, t, id));
}

function standingForm(ctx, t, id) {
  const { el, api } = ctx;
  const messages = el('div', { id: 'standing-messages', 'aria-live': 'polite' });
  const standing = el('select', { class: 'form-select', id: 'standing-standing' }, ['PAID', 'OVERDUE', 'REMINDED', 'UNPAID_AFTER_REMINDER'].map((s) => el('option', { value: s }, t[s])));
  const note = el('input', { class: 'form-input', id: 'standing-note' });
  const form = el('form', { id: 'standing-form', novalidate: true }, el('h3', {}, t.recordStanding), ctx.forms.field('standing', t.standing, standing),
    ctx.forms.field('note', t.note, note), el('button', { class: 'button button-secondary', type: 'submit', id: 'standing-submit' }, t.recordStanding));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/payments/organisations/${id}/standing`, { method: 'POST', body: { standing: standing.value, note: note.value } });
      ctx.navigate(`#/payments/organisation/${id}?standing`);
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  return el('div', {}, messages, form);
}

async function billingForm(ctx, t, id, organisation) {
  const { el, api } = ctx;
  const { field } = ctx.forms;
  const response = await api(`/payments/organisations/${id}/billing`);
  const b = response.body;
  const input = (name) => el('input', { class: 'form-input', id: `billing-${name}`, name, value: b[name] || '' });
  const fields = Object.fromEntries(['orderReference', 'personReference', 'street', 'postcode', 'city', 'tierReason'].map((n) => [n, input(n)]));
  const tier = el('select', { class: 'form-select', id: 'billing-manualTier' }, el('option', { value: '' }, t.noTier),
    ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'].map((x) => el('option', { value: x, selected: b.manualTier === x }, t[x])));
  const messages = el('div', { id: 'billing-messages', 'aria-live': 'polite' });
  const municipal = organisation.kind === 'MUNICIPALITY';
  const form = el('form', { id: 'billing-form', novalidate: true }, el('h3', {}, t.billing),
    field('orderReference', t.orderReference, fields.orderReference), field('personReference', t.personReference, fields.personReference),
    field('street', t.street, fields.street), field('postcode', t.postcode, fields.postcode), field('city', t.city, fields.city),
    municipal ? null : field('manualTier', t.manualTier, tier), municipal ? null : field('tierReason', t.tierReason, fields.tierReason),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'billing-submit' }, t.save));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value.trim() || null]));
    body.manualTier = municipal ? null : tier.value || null;
    try {
      await api(`/payments/organisations/${id}/billing`, { method: 'PUT', body, headers: { 'If-Match': response.etag } });
      ctx.clear(messages).append(ctx.alert('success', t.saved, ''));
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  return el('div', {}, messages, form);
}

async function subscriptions(ctx, t, id) {
  const { el, api, lang } = ctx;
  const list = (await api(`/payments/organisations/${id}/subscriptions`)).body;
  const products = [...new Set((await api('/payments/tariffs')).body.flatMap((v) => v.products.map((p) => p.product)))].sort();
  const messages = el('div', { id: 'subscription-messages', 'aria-live': 'polite' });
  const product = el('select', { class: 'form-select', id: 'subscription-product' }, products.map((p) => el('option', { value: p }, p)));
  const from = el('input', { class: 'form-input', type: 'date', id: 'subscription-from' });
  const passive = el('input', { class: 'form-checkbox', type: 'checkbox', id: 'subscription-passive' });
  const form = el('form', { id: 'subscription-form', novalidate: true }, el('h4', {}, t.subscribe), ctx.forms.field('product', t.product, product),
    ctx.forms.field('from', t.from, from), el('div', { class: 'form-group os2-checkbox' }, passive, el('label', { for: passive.id }, t.passive)),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'subscription-submit' }, t.subscribe));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/payments/organisations/${id}/subscriptions`, { method: 'POST', body: { product: product.value, from: from.value || null, passive: passive.checked } });
      ctx.navigate(`#/payments/organisation/${id}?subscribed`);
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  const end = (s) => {
    const to = el('input', { class: 'form-input', type: 'date', id: `subscription-${s.id}-to`, 'aria-label': `${s.product}: ${t.to}` });
    const button = el('button', { class: 'button button-tertiary button-small', type: 'submit', id: `subscription-${s.id}-end` }, t.end);
    const endForm = el('form', { class: 'os2-toolbar', id: `subscription-${s.id}-form`, novalidate: true }, to, button);
    endForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api(`/payments/subscriptions/${s.id}`, { method: 'PUT', body: { to: to.value || null, passive: s.passive }, headers: { 'If-Match': `"${s.version}"` } });
        ctx.navigate(`#/payments/organisation/${id}?ended=${s.id}`);
      } catch (e) {
        const errors = (e.problem && e.problem.errors) || {};
        if (errors.to) ctx.clear(messages).append(ctx.alert('error', t.error, `${s.product}: ${t.endBeforeStart}`));
        else ctx.showFailure(messages, e, failureOptions(t, endForm));
      }
    });
    return endForm;
  };
  return el('div', {}, el('h3', {}, t.subscriptions), messages, table(el, 'subscription-table', [t.product, t.from, t.to, t.passive, ''],
    list.map((s) => [s.product, formatDate(s.from, lang), s.to ? formatDate(s.to, lang) : t.none, s.passive ? t.yes : t.no, s.to ? '' : end(s)])), form);
}
