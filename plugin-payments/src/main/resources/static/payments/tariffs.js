// Tariff versions: the list, one version's prices, the draft form (edit or copy) and adoption.
import { texts, money, formatDate } from './texts.js';
import { table, failureOptions, decisionsById, reference } from './helpers.js';

const TIERS = ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'];

export async function tariffList(root, ctx) {
  const { el, api, lang } = ctx;
  const t = texts(lang);
  const [tariffs, decisions] = await Promise.all([api('/payments/tariffs').then((r) => r.body), decisionsById(api)]);
  root.append(el('h2', {}, t.tariffs), table(el, 'tariff-table', [t.name, t.effectiveFrom, t.state, t.membershipFee, t.indexBaseYear, t.products, t.decisionRef],
    tariffs.map((v) => [el('a', { href: `#/payments/tariff/${v.id}` }, ctx.danish(v.name)), formatDate(v.effectiveFrom, lang), t[v.state],
      money(v.membershipFee, lang), v.indexBaseYear ? String(v.indexBaseYear) : t.notIndexed, String(v.products.length), reference(ctx, t, v.decisionRef, decisions)]), [3]));
}

export async function tariffDetail(root, ctx, id) {
  const { el, api, lang, hasRole } = ctx;
  const t = texts(lang);
  const [response, decisions] = await Promise.all([api(`/payments/tariffs/${encodeURIComponent(id)}`), decisionsById(api)]);
  const v = response.body;
  ctx.title(v.name);
  root.append(el('h2', { id: 'tariff-name' }, ctx.danish(v.name), ` (${t[v.state]})`),
    el('dl', { class: 'os2-details' }, [[t.effectiveFrom, formatDate(v.effectiveFrom, lang)], [t.membershipFee, money(v.membershipFee, lang)],
      [t.indexBaseYear, v.indexBaseYear ? String(v.indexBaseYear) : t.notIndexed], [t.supplierPartnerFee, money(v.supplierPartnerFee, lang)],
      [t.decisionRef, withId(reference(ctx, t, v.decisionRef, decisions), 'tariff-decision-link')], [t.proposalRef, reference(ctx, t, v.proposalRef, decisions)]].flatMap(([k, x]) => [el('dt', {}, k), el('dd', {}, x)])));
  for (const p of v.products) {
    root.append(el('h3', {}, p.product), el('p', { class: 'os2-muted' }, `${t.passive}: ${p.passiveNumerator}/${p.passiveDenominator} · ${t.contributionRate}: ${p.contributionRate}`),
      table(el, `prices-${p.product}`, [t.tier, t.memberFee, t.nonMemberFee, t.joiningFee],
        TIERS.map((tier) => [t[tier], money(p.prices[tier].memberFee, lang), money(p.prices[tier].nonMemberFee, lang), money(p.prices[tier].joiningFee, lang)]), [1, 2, 3]));
  }
  if (!hasRole('secretariat')) return;
  const actions = el('div', { class: 'os2-actions' }, el('a', { class: 'button button-secondary', href: `#/payments/tariff/${v.id}/copy`, id: 'tariff-copy' }, t.newDraft));
  if (v.state === 'DRAFT') actions.prepend(el('a', { class: 'button button-secondary', href: `#/payments/tariff/${v.id}/edit`, id: 'tariff-edit' }, t.edit),
    el('a', { class: 'button button-tertiary', href: `#/payments/what-if?draft=${v.id}`, id: 'tariff-what-if' }, t.whatIf));
  root.append(actions);
  if (v.state === 'DRAFT') root.append(adoptForm(ctx, t, v, response.etag, decisions));
}

function withId(node, id) {
  if (node && node.nodeType === 1) node.id = id;
  return node;
}

/** Adoption: the general assembly's decision is chosen by its title (ctx.picker over the ballots' decisions). */
function adoptForm(ctx, t, v, etag, decisions) {
  const { el, api } = ctx;
  const messages = el('div', { id: 'adopt-messages', 'aria-live': 'polite' });
  if (!decisions) {
    return el('div', { id: 'adopt-form' }, el('h3', {}, t.adopt), ctx.alert('warning', t.noVoting, ''));
  }
  const all = [...decisions.values()].filter((d) => d.passed);
  const current = /^decision:(\d+)$/.exec(v.decisionRef || '');
  const chosen = current && decisions.get(current[1]);
  const pick = ctx.picker({ id: 'adopt-decisionRef', field: 'decisionRef', label: t.decisionPicker, hint: t.decisionHint,
    value: chosen ? [{ id: chosen.ballotId, name: chosen.title }] : [],
    search: async (text) => all.filter((d) => d.title.toLowerCase().includes(text.toLowerCase()))
      .map((d) => ({ id: d.ballotId, name: d.title, detail: d.summary || t.passed })) });
  const form = el('form', { id: 'adopt-form', novalidate: true }, el('h3', {}, t.adopt), el('p', {}, t.adoptHelp),
    pick.element, el('button', { class: 'button button-primary', type: 'submit', id: 'adopt-submit' }, t.adopt));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    ctx.forms.clearErrors(form);
    const [decision] = pick.value();
    if (!decision) {
      ctx.showFailure(messages, { status: 422, problem: { errors: { decisionRef: 'invalid-ref' } } }, failureOptions(t, form));
      return;
    }
    const yes = await ctx.confirm({ heading: `${t.adopt}: ${v.name}?`, text: t.adoptHelp,
      facts: [[t.name, v.name], [t.effectiveFrom, formatDate(v.effectiveFrom, ctx.lang)], [t.decisionRef, decision.name]], confirmLabel: t.adopt, cancelLabel: t.keep });
    if (!yes) return;
    try {
      await api(`/payments/tariffs/${v.id}/adopt`, { method: 'POST', body: { decisionRef: `decision:${decision.id}` }, headers: { 'If-Match': etag } });
      ctx.navigate(`#/payments/tariff/${v.id}`);
    } catch (e) {
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  return el('div', {}, messages, form);
}

/** Edits a draft, or (copy) starts a new draft from any version's values. */
export async function tariffForm(root, ctx, id, copy) {
  const { el, api, lang } = ctx;
  const { field } = ctx.forms;
  const t = texts(lang);
  const [response, registered, decisions] = await Promise.all([api(`/payments/tariffs/${encodeURIComponent(id)}`), api('/payments/products'), decisionsById(api)]);
  const v = response.body;
  // with a product registry, a tariff prices registered products only: the name fields suggest them
  const registry = registered.body.registry
    ? el('datalist', { id: 'tariff-registered-products' }, registered.body.products.map((n) => el('option', { value: n })))
    : null;
  const input = (name, value, attrs = {}) => el('input', { class: 'form-input', id: `tariff-${name}`, name, value: value ?? '', ...attrs });
  const name = input('name', copy ? '' : v.name);
  const from = input('effectiveFrom', copy ? '' : v.effectiveFrom, { type: 'date' });
  const fee = input('membershipFee', v.membershipFee, { inputmode: 'decimal' });
  const base = input('indexBaseYear', v.indexBaseYear ?? '', { type: 'number', min: 2000, max: 2100, 'aria-describedby': 'hint-indexBaseYear' });
  const partner = input('supplierPartnerFee', v.supplierPartnerFee, { inputmode: 'decimal' });
  const proposal = proposalField(ctx, t, copy ? null : v.proposalRef, decisions, input);
  const messages = el('div', { id: 'tariff-messages', 'aria-live': 'polite' });
  // one block per product: its name (editable for a new one), contribution rate and prices per tier
  const products = el('div', { id: 'tariff-products' });
  const blocks = [];
  let next = 0;
  const addBlock = (p) => {
    const i = next++;
    const blank = { memberFee: '', nonMemberFee: '', joiningFee: '' };
    const block = {
      index: i,
      name: el('input', { class: 'form-input', id: `products-${i}-product`, value: p ? p.product : '', ...(registry ? { list: registry.id, autocomplete: 'off' } : {}) }),
      passiveNumerator: p ? p.passiveNumerator : 1,
      passiveDenominator: p ? p.passiveDenominator : 3,
      rate: el('input', { class: 'form-input input-width-xs', id: `products-${i}-contributionRate`, value: p ? p.contributionRate : '', inputmode: 'decimal' }),
      prices: Object.fromEntries(TIERS.map((tier) => [tier, Object.fromEntries(['memberFee', 'nonMemberFee', 'joiningFee'].map((k) => [k,
        el('input', { class: 'form-input', id: `products-${i}-prices-${tier}-${k}`, value: (p ? p.prices[tier] : blank)[k], inputmode: 'decimal', 'aria-label': `${p ? p.product : t.product}, ${t[tier]}: ${t[k]}` })]))])),
    };
    const remove = el('button', { class: 'button button-tertiary button-small', type: 'button', id: `products-${i}-remove` }, `${t.removeProduct}${p ? `: ${p.product}` : ''}`);
    block.node = el('fieldset', { class: 'os2-fieldset' }, el('legend', { class: 'h3' }, p ? p.product : t.newProduct),
      el('span', { class: 'form-error-message', id: `error-products-${i}`, hidden: true }),
      field(`products[${i}].product`, t.product, block.name), field(`products[${i}].contributionRate`, t.contributionRate, block.rate),
      el('div', { class: 'table-responsive' },
        el('table', { class: 'table os2-price-table' }, el('thead', {}, el('tr', {}, [t.tier, t.memberFee, t.nonMemberFee, t.joiningFee].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, TIERS.map((tier) => el('tr', {}, el('th', { scope: 'row' }, t[tier]),
            ...['memberFee', 'nonMemberFee', 'joiningFee'].map((k) => el('td', {}, block.prices[tier][k]))))))),
      remove);
    remove.addEventListener('click', () => { blocks.splice(blocks.indexOf(block), 1); block.node.remove(); });
    blocks.push(block);
    products.append(block.node);
    return block;
  };
  v.products.forEach(addBlock);
  const add = el('button', { class: 'button button-secondary', type: 'button', id: 'tariff-add-product' }, t.addProduct);
  add.addEventListener('click', () => addBlock(null).name.focus());
  const form = el('form', { id: 'tariff-form', novalidate: true },
    field('name', t.name, name), field('effectiveFrom', t.effectiveFrom, from), field('membershipFee', `${t.membershipFee} (${t.kr})`, fee),
    withHint(el, field('indexBaseYear', t.indexBaseYear, base), 'hint-indexBaseYear', t.indexBaseYearHint), field('supplierPartnerFee', `${t.supplierPartnerFee} (${t.kr})`, partner), proposal.element,
    el('h3', {}, t.products), ...(registry ? [el('p', { class: 'form-hint', id: 'tariff-registry-hint' }, t.registryHint), registry] : []), products, add,
    el('div', { class: 'os2-actions' }, el('button', { class: 'button button-primary', type: 'submit', id: 'tariff-save' }, t.save),
      el('a', { class: 'button button-tertiary', href: `#/payments/tariff/${v.id}` }, t.cancel)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    ctx.forms.clearErrors(form);
    if (proposal.unchosen()) {
      ctx.showFailure(messages, { status: 422, problem: { errors: { proposalRef: 'invalid-ref' } } }, failureOptions(t, form));
      return;
    }
    const body = {
      name: name.value, effectiveFrom: from.value || null, decisionRef: null, proposalRef: proposal.value(),
      membershipFee: fee.value.trim() || null, indexBaseYear: base.value ? Number(base.value) : null, supplierPartnerFee: partner.value.trim() || null,
      products: blocks.map((p) => ({
        product: p.name.value.trim(), passiveNumerator: p.passiveNumerator, passiveDenominator: p.passiveDenominator, contributionRate: p.rate.value.trim() || null,
        prices: Object.fromEntries(TIERS.map((tier) => [tier, Object.fromEntries(Object.entries(p.prices[tier]).map(([k, x]) => [k, x.value.trim() || null]))])),
      })),
    };
    try {
      const saved = copy
        ? await api('/payments/tariffs', { method: 'POST', body })
        : await api(`/payments/tariffs/${v.id}`, { method: 'PUT', body, headers: { 'If-Match': response.etag } });
      ctx.navigate(`#/payments/tariff/${saved.body.id}`);
    } catch (e) {
      // the API numbers products in the order sent; the fields are numbered in the order they were added
      const errors = e.problem && e.problem.errors;
      if (errors) {
        e.problem.errors = Object.fromEntries(Object.entries(errors).map(([k, code]) =>
          [k.replace(/^products\[(\d+)\]/, (all, n) => (blocks[Number(n)] ? `products[${blocks[Number(n)].index}]` : all)), code]));
      }
      ctx.showFailure(messages, e, failureOptions(t, form));
    }
  });
  ctx.title(copy ? t.newDraft : `${t.edit}: ${v.name}`);
  root.append(el('h2', {}, ...(copy ? [t.newDraft] : [`${t.edit}: `, ctx.danish(v.name)])), messages, form);
}

/**
 * The proposal the tariff was put to the general assembly as: chosen by the ballot's title among the assemblies'
 * decisions (ctx.picker); a reference written as text before keeps its text. Without the voting plugin, a text field.
 */
function proposalField(ctx, t, ref, decisions, input) {
  if (!decisions) {
    const text = input('proposalRef', ref);
    return { element: ctx.forms.field('proposalRef', t.proposalRef, text), value: () => text.value.trim() || null, unchosen: () => false };
  }
  const all = [...decisions.values()];
  const current = /^decision:(\d+)$/.exec(ref || '');
  const chosen = current ? decisions.get(current[1]) : null;
  const value = chosen ? [{ id: chosen.ballotId, name: chosen.title }] : ref ? [{ id: ref, name: ref }] : [];
  const pick = ctx.picker({ id: 'proposalRef', label: t.proposalRef, hint: t.proposalHint, value,
    search: async (text) => all.filter((d) => d.title.toLowerCase().includes(text.toLowerCase()))
      .map((d) => ({ id: d.ballotId, name: d.title, detail: d.summary || '' })) });
  const refOf = (item) => (/^\d+$/.test(String(item.id)) && decisions.has(String(item.id)) ? `decision:${item.id}` : String(item.id));
  return { element: pick.element, value: () => { const [item] = pick.value(); return item ? refOf(item) : null; },
    // text typed but not chosen from the list would be saved as no proposal: the form says so instead
    unchosen: () => !pick.value().length && pick.input.value.trim() !== '' };
}

/** Puts a hint under the field's label (the input is described by it). */
function withHint(el, group, id, text) {
  group.querySelector('label').after(el('span', { class: 'form-hint', id }, text));
  return group;
}
