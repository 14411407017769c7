// What the payments console modules share: tables, the year form, the failure options. The modules
// import this one and texts.js, never each other's page module, so page.js alone imports the pages.
import { describe } from './texts.js';

export const STYLESHEET = '/console/plugins/payments/payments.css';

/** The options for ctx.showFailure in this page's language: field errors next to the form's fields. */
export function failureOptions(t, form) {
  return { form, texts: { fixErrors: t.fixErrors, error: t.error, conflict: t.conflict }, describe: describe(t) };
}

/** A table with a header row; rows are arrays of cells (strings or nodes); amount columns align right. */
export function table(el, id, headers, rows, amountColumns = []) {
  return el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id },
    el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', { scope: 'col', class: amountColumns.includes(i) ? 'os2-amount' : null }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) => i === 0
      ? el('th', { scope: 'row' }, c) : el('td', { class: amountColumns.includes(i) ? 'os2-amount' : null }, c)))))));
}

/** The current year in Copenhagen. */
export function thisYear() {
  return Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Copenhagen' }).slice(0, 4));
}

/** A labelled year field with a Show button; calls onShow(year) on submit. */
export function yearForm(ctx, t, id, year, onShow, extra = []) {
  const { el } = ctx;
  const input = el('input', { class: 'form-input input-width-xs', type: 'number', id: `${id}-year`, name: 'year', min: 2000, max: 2100, value: year, required: true });
  const form = el('form', { class: 'os2-toolbar', id }, ctx.forms.field('year', t.year, input), ...extra,
    el('button', { class: 'button button-secondary', type: 'submit', id: `${id}-show` }, t.show));
  form.addEventListener('submit', (event) => { event.preventDefault(); onShow(Number(input.value)); });
  return form;
}
