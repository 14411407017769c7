// References between the strategy and other parts of the platform: searched by name for the
// pickers, shown as the object's name with a link. A kind whose bundle is not installed, or that
// the user may not read, is left out of the search and shown by a readable fallback.
import { texts, localized } from './texts.js';

/** The lists of other bundles a page reads once: null when the API is not there (404) or refused (403). */
export function referenceSource(ctx) {
  const cache = {};
  const optional = async (path) => {
    try {
      return (await ctx.api(path)).body;
    } catch (e) {
      if (e.status === 404 || e.status === 403 || e.status === 401) return null;
      throw e;
    }
  };
  const once = (key, load) => { if (!(key in cache)) cache[key] = load(); return cache[key]; };
  return {
    products: () => once('products', () => optional('/onboarding/products')),
    decisions: () => once('decisions', () => optional('/voting/decisions')),
    initiative: (id) => once(`initiative:${id}`, () => (/^\d{1,18}$/.test(id) ? optional(`/initiatives/${id}`) : Promise.resolve(null))),
    member: (id) => once(`member:${id}`, () => (/^\d{1,18}$/.test(id) ? optional(`/members/${id}`) : Promise.resolve(null))),
    names: (text) => optional(`/initiatives/names?q=${encodeURIComponent(text)}&limit=10`),
  };
}

/** The picker's key for a reference; never shown, only its name is. */
export function refKey(ref) {
  return `${ref.type}:${ref.id}`;
}

export function refOfKey(key) {
  const colon = key.indexOf(':');
  return { type: key.slice(0, colon), id: key.slice(colon + 1) };
}

/** @return {name, href, kind} for a reference, in words; the fallback names the kind and the id. */
export async function describeRef(source, ref, lang) {
  const t = texts(lang);
  const kind = t.kinds[ref.type] || t.kinds.other;
  const fallback = { name: `${kind} ${ref.id}`, href: null, kind };
  try {
    if (ref.type === 'url') return { name: ref.id, href: ref.id, kind: t.kinds.url, external: true };
    if (ref.type === 'initiative') {
      const i = await source.initiative(ref.id);
      return i ? { name: localized(i, 'title', lang), href: `#/strategy/initiative/${i.id}`, kind } : fallback;
    }
    if (ref.type === 'product') {
      const products = await source.products();
      const p = products && products.find((x) => String(x.id) === ref.id || x.name.toLowerCase() === ref.id.toLowerCase());
      return p ? { name: p.name, href: `#/products/product/${p.id}`, kind } : fallback;
    }
    if (ref.type === 'decision') {
      const decisions = await source.decisions();
      const d = decisions && decisions.find((x) => String(x.ballotId) === ref.id);
      return d ? { name: d.title, href: `#/voting/ballot/${d.ballotId}`, kind } : fallback;
    }
    if (ref.type === 'organisation') {
      const m = await source.member(ref.id);
      return m ? { name: m.name, href: `#/members/${m.id}`, kind } : fallback;
    }
  } catch (e) {
    return fallback;
  }
  return fallback;
}

/** A list of references as links with their names (the kind before each, for context). */
export async function refList(ctx, source, links, id) {
  const { el, lang } = ctx;
  const described = await Promise.all(links.map((l) => describeRef(source, l, lang)));
  return el('ul', { class: 'os2-links', id }, described.map((d) => el('li', {},
    d.external ? null : `${d.kind}: `,
    d.href ? el('a', d.external ? { href: d.href, rel: 'noopener noreferrer' } : { href: d.href }, d.name) : d.name)));
}

/** Searches initiatives, products and decisions by part of their name, for a picker. */
export function searchRefs(source, lang, exceptInitiative) {
  const t = texts(lang);
  return async (text) => {
    const needle = text.toLowerCase();
    const [initiatives, products, decisions] = await Promise.all([source.names(text), source.products(), source.decisions()]);
    const found = [];
    for (const i of initiatives || []) {
      if (String(i.id) === String(exceptInitiative)) continue;
      found.push({ id: `initiative:${i.id}`, name: localized(i, 'title', lang), detail: `${t.kinds.initiative} · ${i.periodName}` });
    }
    for (const p of products || []) {
      if (p.name.toLowerCase().includes(needle)) found.push({ id: `product:${p.name}`, name: p.name, detail: t.kinds.product });
    }
    for (const d of decisions || []) {
      if ((d.title || '').toLowerCase().includes(needle)) found.push({ id: `decision:${d.ballotId}`, name: d.title, detail: t.kinds.decision });
    }
    return found.slice(0, 20);
  };
}

/** The picker's starting value for stored references (names resolved). */
export async function pickerValue(source, links, lang) {
  const objects = links.filter((l) => l.type !== 'url');
  const described = await Promise.all(objects.map((l) => describeRef(source, l, lang)));
  return objects.map((l, i) => ({ id: refKey(l), name: described[i].name }));
}
