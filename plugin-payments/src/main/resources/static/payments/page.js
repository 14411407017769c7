// The Payments page in the console. The secretariat and the board get the whole payment model;
// a member representative gets its own organisation's fees, invoices and standing.
// Routes (after #/payments): '' and 'tariffs', 'tariff/<id>', 'tariff/<id>/edit', 'tariff/<id>/copy',
// 'fees', 'run', 'invoices', 'economy', 'what-if', 'population', 'organisation/<id>'.
import { texts } from './texts.js';
import { STYLESHEET } from './helpers.js';
import { tariffList, tariffDetail, tariffForm } from './tariffs.js';
import { feesPage, runPage, invoicesPage } from './invoicing.js';
import { economyPage, whatIfPage, populationPage } from './economy.js';
import { organisationPage } from './organisation.js';

export async function render(root, ctx) {
  ctx.stylesheet(STYLESHEET);
  const t = texts(ctx.lang);
  // the query (?year=…) belongs to the page, not the route
  const [first, second, third] = (ctx.route || []).map((part) => part.split('?')[0]);
  const staff = ctx.hasRole('secretariat') || ctx.hasRole('board');
  if (first === 'organisation' && second) return organisationPage(root, ctx, second);
  if (!staff && ctx.user && ctx.user.organisationId && !first) return organisationPage(root, ctx, String(ctx.user.organisationId));
  root.append(ctx.el('h1', {}, t.payments));
  root.append(navigation(ctx, t, first || 'tariffs', staff));
  const titles = { fees: t.fees, run: t.run, invoices: t.invoices, economy: t.economy, 'what-if': t.whatIf, population: t.population };
  ctx.title(`${titles[first] || t.tariffs} – ${t.payments}`);
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
  const items = [['tariffs', t.tariffs]];
  if (staff) items.push(['fees', t.fees], ['run', t.run], ['invoices', t.invoices], ['economy', t.economy], ['what-if', t.whatIf], ['population', t.population]);
  if (ctx.user && ctx.user.organisationId) items.push([`organisation/${ctx.user.organisationId}`, t.myOrganisation]);
  const nav = ctx.tabs(items.map(([route, label]) => ({ label, href: `#/payments/${route}`,
    current: route === current || (current === 'tariff' && route === 'tariffs') })), t.paymentsNav);
  nav.id = 'pay-nav';
  // stable ids for the tabs (tests and links)
  nav.querySelectorAll('a').forEach((a, i) => { a.id = `pay-nav-${items[i][0].replace('/', '-')}`; });
  return nav;
}
