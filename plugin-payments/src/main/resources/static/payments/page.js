// The Payments page in the console. The secretariat and the board get the whole payment model;
// a member representative gets its own organisation's fees, invoices and standing.
// Routes (after #/payments): '' and 'tariffs', 'tariff/<id>', 'tariff/<id>/edit', 'tariff/<id>/copy',
// 'fees', 'run', 'invoices', 'economy', 'what-if', 'population', 'organisation/<id>'.
import { texts, ensureStylesheet } from './texts.js';
import { tariffList, tariffDetail, tariffForm } from './tariffs.js';
import { feesPage, runPage, invoicesPage } from './invoicing.js';
import { economyPage, whatIfPage, populationPage } from './economy.js';
import { organisationPage } from './organisation.js';

export async function render(root, ctx) {
  ensureStylesheet();
  const t = texts(ctx.lang);
  // the query (?year=…) belongs to the page, not the route
  const [first, second, third] = (ctx.route || []).map((part) => part.split('?')[0]);
  const staff = ctx.hasRole('secretariat') || ctx.hasRole('board');
  if (first === 'organisation' && second) return organisationPage(root, ctx, second);
  if (!staff && ctx.user && ctx.user.organisationId && !first) return organisationPage(root, ctx, String(ctx.user.organisationId));
  root.append(ctx.el('h1', {}, t.payments));
  root.append(navigation(ctx, t, first || 'tariffs', staff));
  if (first === 'tariff' && second && (third === 'edit' || third === 'copy')) return tariffForm(root, ctx, second, third === 'copy');
  if (first === 'tariff' && second) return tariffDetail(root, ctx, second);
  if (staff && first === 'fees') return feesPage(root, ctx);
  if (staff && first === 'run') return runPage(root, ctx);
  if (staff && first === 'invoices') return invoicesPage(root, ctx);
  if (staff && first === 'economy') return economyPage(root, ctx);
  if (staff && first === 'what-if') return whatIfPage(root, ctx);
  if (staff && first === 'population') return populationPage(root, ctx);
  return tariffList(root, ctx);
}

function navigation(ctx, t, current, staff) {
  const { el } = ctx;
  const items = [['tariffs', t.tariffs]];
  if (staff) items.push(['fees', t.fees], ['run', t.run], ['invoices', t.invoices], ['economy', t.economy], ['what-if', t.whatIf], ['population', t.population]);
  if (ctx.user && ctx.user.organisationId) items.push([`organisation/${ctx.user.organisationId}`, t.myOrganisation]);
  return el('nav', { 'aria-label': t.payments }, el('ul', { class: 'os2-pay-nav' }, items.map(([route, label]) =>
    el('li', {}, el('a', { href: `#/payments/${route}`, id: `pay-nav-${route.replace('/', '-')}`, 'aria-current': route === current || (current === 'tariff' && route === 'tariffs') ? 'page' : null }, label)))));
}

/** A table with a header row; rows are arrays of cells (strings or nodes); amount columns align right. */
export function table(el, id, headers, rows, amountColumns = []) {
  return el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id },
    el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', { scope: 'col', class: amountColumns.includes(i) ? 'os2-amount' : null }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) => i === 0
      ? el('th', { scope: 'row' }, c) : el('td', { class: amountColumns.includes(i) ? 'os2-amount' : null }, c)))))));
}

/** Shows an API failure in the messages area: field errors next to fields when there is a form. */
export function failure(ctx, t, messages, error, form, describeCode) {
  if (form) {
    ctx.forms.showErrors(form, messages, error, { fixErrors: t.fixErrors, error: t.error, conflict: t.conflict }, describeCode);
    return;
  }
  const errors = (error.problem && error.problem.errors) || {};
  const text = Object.entries(errors).map(([k, v]) => `${k}: ${describeCode(v)}`).join('; ') || (error.problem && error.problem.detail) || '';
  ctx.clear(messages).append(ctx.alert('error', t.error, text));
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
