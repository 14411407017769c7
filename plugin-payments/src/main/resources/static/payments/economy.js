// The association's economy by year, what-if for a draft tariff, and the population and index series.
import { texts, money } from './texts.js';
import { table, failureOptions, thisYear, csvButton, decisionsById, reference } from './helpers.js';
import { barsWithTarget, divergingBars } from './charts.js';

export async function economyPage(root, ctx) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  const economy = (await api('/payments/economy')).body;
  const years = economy.years;
  root.append(el('h2', {}, t.economy));
  if (years.length) {
    const rows = [['associationIncome', null], ['membershipFees'], ['otherIncome'], ['productContributions'], ['income'], ['expenses'], ['result'],
      ['reserve'], ['reserveTarget'], ['reserveGap'], ['productIncome', null], ['productYearlyFees'], ['productJoiningFees']];
    root.append(
      el('h3', {}, t.reserveChart),
      el('div', { class: 'os2-chart-wrap' }, barsWithTarget(ctx, 'reserve-chart', t.reserveChart, t.reserveChartDesc,
        years.map((y) => ({ label: String(y.year), value: Number(y.reserve) })), Number(years[years.length - 1].reserveTarget), lang, t)),
      el('ul', { class: 'os2-legend', id: 'reserve-legend' },
        el('li', {}, el('span', { class: 'os2-key-reserve', 'aria-hidden': 'true' }), t.legendReserve),
        el('li', {}, el('span', { class: 'os2-key-target', 'aria-hidden': 'true' }), `${t.legendTarget}: ${money(years[years.length - 1].reserveTarget, lang)}`),
        el('li', {}, el('span', { class: 'os2-key-negative', 'aria-hidden': 'true' }), t.negativeNote)),
      table(el, 'economy-table', ['', ...years.map((y) => String(y.year))],
        rows.map(([key, heading]) => heading === null ? [el('strong', {}, t[key]), ...years.map(() => '')]
          : [t[key], ...years.map((y) => signed(el, t, y[key], lang, key === 'result' || key === 'reserveGap' || key === 'reserve'))]), years.map((_, i) => i + 1)));
  }
  root.append(el('h3', {}, t.ledger), table(el, 'ledger-table', [t.year, t.account, t.note, t.amount],
    economy.ledger.map((e) => [String(e.year), t[e.account], ctx.danish(e.note), money(e.amount, lang)]), [3]));
  if (hasRole('secretariat')) root.append(ledgerForm(ctx, t));
}

/** An amount; a negative one where it matters is red and says so in words (not colour alone). */
function signed(el, t, amount, lang, mark) {
  if (!mark || Number(amount) >= 0) return money(amount, lang);
  return el('span', { class: 'os2-negative' }, money(amount, lang), ` (${t.negative})`);
}

function ledgerForm(ctx, t) {
  const { el, api } = ctx;
  const { field } = ctx.forms;
  const messages = el('div', { id: 'ledger-messages', 'aria-live': 'polite' });
  const year = el('input', { class: 'form-input input-width-xs', type: 'number', id: 'ledger-year', value: thisYear() });
  const account = el('select', { class: 'form-select', id: 'ledger-account' }, ['OTHER_INCOME', 'EXPENSES', 'RESERVE_OPENING'].map((a) => el('option', { value: a }, t[a])));
  const amount = el('input', { class: 'form-input input-width-s', id: 'ledger-amount', inputmode: 'decimal' });
  const note = el('input', { class: 'form-input', id: 'ledger-note' });
  const form = el('form', { id: 'ledger-form', novalidate: true }, el('h3', {}, t.record), field('year', t.year, year), field('account', t.account, account),
    field('amount', `${t.amount} (${t.kr})`, amount), field('note', t.note, note), el('button', { class: 'button button-primary', type: 'submit', id: 'ledger-submit' }, t.record));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('/payments/ledger', { method: 'POST', body: { year: Number(year.value), account: account.value, amount: amount.value.trim().replace(',', '.') || null, note: note.value } });
      ctx.navigate('#/payments/economy?saved');
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  return el('div', {}, messages, form);
}

export async function whatIfPage(root, ctx) {
  const { el, api, lang, clear } = ctx;
  const t = texts(lang);
  const [all, decisions] = await Promise.all([api('/payments/tariffs').then((r) => r.body), decisionsById(api)]);
  const drafts = all.filter((v) => v.state === 'DRAFT');
  root.append(el('h2', {}, t.whatIf));
  if (!drafts.length) {
    root.append(el('p', {}, t.noDrafts));
    return;
  }
  const wanted = /[?&]draft=(\d+)/.exec(window.location.hash);
  const chooser = el('select', { class: 'form-select', id: 'what-if-draft' }, drafts.map((d) => el('option', { value: d.id, selected: wanted && Number(wanted[1]) === d.id }, d.name)));
  // the draft is for the year it comes into force (usually the next), not the current year
  const draftYear = (id) => { const d = drafts.find((x) => String(x.id) === String(id)); return d && d.effectiveFrom ? Number(d.effectiveFrom.slice(0, 4)) : thisYear() + 1; };
  const year = el('input', { class: 'form-input input-width-xs', type: 'number', id: 'what-if-year', min: 2000, max: 2100, value: draftYear(chooser.value) });
  chooser.addEventListener('change', () => { year.value = draftYear(chooser.value); });
  const out = el('div', { id: 'what-if-result', 'aria-live': 'polite' });
  const form = el('form', { class: 'os2-toolbar', id: 'what-if-form' }, ctx.forms.field('draft', t.draft, chooser), ctx.forms.field('year', t.year, year),
    el('button', { class: 'button button-primary', type: 'submit', id: 'what-if-submit' }, t.compare));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const w = (await api(`/payments/tariffs/${chooser.value}/what-if?year=${Number(year.value)}`)).body;
      const biggest = [...w.rows].sort((a, b) => Math.abs(Number(b.change)) - Math.abs(Number(a.change))).slice(0, 15);
      const y = Number(year.value);
      clear(out).append(
        el('p', {}, csvButton(ctx, t, 'what-if-csv', t.csvWhatIf, `/payments/tariffs/${chooser.value}/what-if.csv?year=${y}`, `os2-konsekvens-${y}.csv`, out)),
        el('dl', { class: 'os2-details', id: 'what-if-summary' }, [[t.currentTariff, w.currentTariff], [t.draftTariff, w.draftTariff],
          [t.currentTotal, money(w.currentTotal, lang)], [t.draftTotal, money(w.draftTotal, lang)], [t.change, money(w.change, lang)],
          [t.associationChange, money(w.associationIncomeChange, lang)], [t.proposalRef, reference(ctx, t, w.proposalRef, decisions)]]
          .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
        el('h3', {}, t.whatIfChart),
        el('div', { class: 'os2-chart-wrap' }, divergingBars(ctx, 'what-if-chart', t.whatIfChart, t.whatIfChartDesc,
          biggest.map((r) => ({ label: r.name, value: Number(r.change) })), lang)),
        table(el, 'what-if-table', [t.organisation, t.tier, t.currentTotal, t.draftTotal, t.change],
          w.rows.map((r) => [ctx.danish(r.name), r.tier ? t[r.tier] : t.none, money(r.current, lang), money(r.draft, lang), money(r.change, lang)]), [2, 3, 4]));
    } catch (e) {
      ctx.showFailure(out, e, failureOptions(t, form));
    }
  });
  root.append(form, out);
  if (wanted) form.requestSubmit();
}

export async function populationPage(root, ctx) {
  const { el, api, lang, clear, hasRole } = ctx;
  const t = texts(lang);
  const [population, index] = await Promise.all([api('/payments/population'), api('/payments/index')]);
  root.append(el('h2', {}, t.population), el('h3', {}, t.perYear),
    table(el, 'population-table', [t.year, t.municipalities], Object.entries(population.body).map(([y, m]) => [y, String(Object.keys(m).length)])),
    el('h3', {}, t.index), table(el, 'index-table', [t.year, t.indexValue], Object.entries(index.body).map(([y, v]) => [y, String(v).replace('.', lang === 'en' ? '.' : ',')])));
  if (!hasRole('secretariat')) return;
  const messages = el('div', { id: 'population-messages', 'aria-live': 'polite' });
  const file = el('input', { class: 'form-input', type: 'file', id: 'population-file', accept: '.csv,text/csv' });
  const source = el('input', { class: 'form-input', id: 'population-source', value: 'Danmarks Statistik, FOLK1A' });
  const form = el('form', { id: 'population-form', novalidate: true }, el('h3', {}, t.import), ctx.forms.field('file', t.csvFile, file),
    ctx.forms.field('source', t.source, source), el('button', { class: 'button button-primary', type: 'submit', id: 'population-submit' }, t.import));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    ctx.forms.clearErrors(form);
    if (!file.files.length) {
      ctx.showFailure(messages, { status: 422, problem: { errors: { file: 'required' } } }, failureOptions(t, form));
      return;
    }
    try {
      const text = await file.files[0].text();
      const r = (await api(`/payments/population?source=${encodeURIComponent(source.value)}`, { method: 'POST', body: text, headers: { 'Content-Type': 'text/csv' } })).body;
      clear(messages).append(ctx.alert('success', `${t.imported}: ${r.figures} ${t.figures} (${r.years.join(', ')})`, ''));
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  const value = el('input', { class: 'form-input input-width-s', id: 'index-value', inputmode: 'decimal' });
  const year = el('input', { class: 'form-input input-width-xs', type: 'number', id: 'index-year', value: thisYear() });
  const indexMessages = el('div', { id: 'index-messages', 'aria-live': 'polite' });
  const indexForm = el('form', { class: 'os2-toolbar', id: 'index-form', novalidate: true }, ctx.forms.field('year', t.year, year),
    ctx.forms.field('value', t.indexValue, value), el('button', { class: 'button button-secondary', type: 'submit', id: 'index-submit' }, t.setIndex));
  indexForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/payments/index/${Number(year.value)}`, { method: 'PUT', body: { value: value.value.trim().replace(',', '.') || null } });
      ctx.navigate('#/payments/population?saved');
    } catch (e) {
      ctx.showFailure(indexMessages, e, failureOptions(t, indexForm));
    }
  });
  root.append(messages, form, indexMessages, indexForm);
}
