// The home page: what it is the signed-in person's turn to do, from every bundle's attention
// source (GET /api/v1/attention), each line linking to where it is done; urgent lines first and
// marked in words, so that a screen reader says it too. The secretariat also sees a warning when a
// partner plugin is down.
const TEXTS = {
  da: {
    welcome: 'Velkommen', heading: 'Det skal du tage stilling til',
    empty: 'Der er ikke noget, der venter på dig lige nu.',
    due: 'Frist', urgent: 'Haster', failed: 'Listen kunne ikke hentes',
  },
  en: {
    welcome: 'Welcome', heading: 'What needs your attention',
    empty: 'Nothing is waiting for you right now.',
    due: 'Due', urgent: 'Urgent', failed: 'The list could not be fetched',
  },
};

/** A date (yyyy-mm-dd) as people write it: "1. februar 2027" / "1 February 2027". */
export function formatDay(iso, lang) {
  const [y, m, d] = String(iso).split('-').map(Number);
  if (!y || !m || !d) return '';
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK',
    { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

export async function render(root, ctx) {
  const { el, api, alert, lang, user } = ctx;
  const tt = (key) => TEXTS[lang][key];
  ctx.stylesheet('/console/pages/home.css');
  root.append(el('h1', {}, `${tt('welcome')}, ${user.displayName}`));
  const section = el('section', { class: 'os2-attention', 'aria-labelledby': 'attention-heading' },
    el('h2', { id: 'attention-heading' }, tt('heading')));
  root.append(section);
  let items;
  try {
    items = (await api('/attention')).body || [];
  } catch (e) {
    if (e.status === 401) throw e;
    if (section.isConnected) section.append(alert('error', tt('failed'), e.message));
    return;
  }
  // the person may have gone to another page while the list was fetched
  if (!section.isConnected) return;
  if (items.length === 0) {
    section.append(el('p', { class: 'os2-attention-empty', id: 'attention-empty' }, tt('empty')));
    return;
  }
  const list = el('ul', { class: 'os2-attention-list nobullet-list', id: 'attention-list' });
  for (const item of items) {
    const due = item.due ? formatDay(item.due, lang) : '';
    list.append(el('li', { class: item.urgent ? 'os2-attention-item os2-attention-urgent' : 'os2-attention-item', 'data-key': item.key },
      item.urgent ? el('strong', { class: 'os2-attention-flag' }, `${tt('urgent')}:`) : null,
      el('a', { href: item.link, class: 'os2-attention-link' }, ...ctx.marked(item.text)),
      due ? el('span', { class: 'os2-attention-due' }, `${tt('due')}: `, el('time', { datetime: item.due }, due)) : null));
  }
  section.append(list);
}

