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

/** A button that downloads a CSV export with the session (ctx.download); a refusal shows in `messages`. */
export function csvButton(ctx, t, id, label, path, fileName, messages) {
  const button = ctx.el('button', { class: 'button button-secondary', type: 'button', id }, ctx.icon ? ctx.icon('download') : null, label);
  button.addEventListener('click', async () => {
    try {
      await ctx.download(path, fileName);
    } catch (e) {
      if (messages) ctx.showFailure(messages, e, failureOptions(t));
    }
  });
  return button;
}

/** The general assemblies' decisions by ballot id, or null when the ballots cannot be read. */
export async function decisionsById(api) {
  try {
    const list = (await api('/voting/decisions')).body;
    return new Map(list.map((d) => [String(d.ballotId), d]));
  } catch (e) {
    return null;
  }
}

/**
 * A reference as words: a decision of the platform's assemblies (decision:<ballot id>) is its title linking
 * to the assembly; an earlier decision written as text is that text; an https address is a link.
 */
export function reference(ctx, t, ref, decisions) {
  const { el } = ctx;
  if (!ref) return t.none;
  const ballot = /^decision:(\d{1,18})$/.exec(ref);
  if (ballot) {
    const d = decisions && decisions.get(ballot[1]);
    return d ? el('a', { href: `#/voting/assembly/${d.assemblyId}`, class: 'os2-decision-link' }, ctx.danish(d.title))
      : el('a', { href: `#/voting/ballot/${ballot[1]}`, class: 'os2-decision-link' }, `${t.earlierDecision} ${ballot[1]}`);
  }
  if (/^https:\/\//.test(ref)) return el('a', { href: ref, rel: 'noopener' }, ref.replace(/^https:\/\//, ''));
  const typed = /^[a-z][a-z-]*:(.+)$/.exec(ref);
  // a decision written as text is in Danish
  return typed ? el('span', {}, `${t.earlierDecision} `, ctx.danish(typed[1])) : ctx.danish(ref);
}
