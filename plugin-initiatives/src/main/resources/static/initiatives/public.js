// The public strategy page: where OS2's strategy stands, for anyone, without a login. It reads
// only the public endpoint, which leaves out people's names and the internal timeline.
import { el, clear, alert } from '/console/dom.js';
import { texts } from './texts.js';
import { renderOverview } from './overview.js';

let lang = localStorage.getItem('os2.lang') === 'en' ? 'en' : 'da';

async function show() {
  const t = texts(lang);
  document.documentElement.lang = lang;
  document.title = t.publicTitle;
  document.getElementById('page-title').textContent = t.publicTitle;
  document.getElementById('skip-link').textContent = lang === 'en' ? 'Skip to content' : 'Gå til indhold';
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t.lang;
  toggle.setAttribute('lang', lang === 'da' ? 'en' : 'da');
  document.getElementById('login-link').textContent = t.login;
  document.getElementById('footer-a11y').textContent = t.a11y;
  document.getElementById('footer-owner').textContent = t.footer;
  const target = clear(document.getElementById('strategy'));
  const period = new URLSearchParams(location.search).get('period');
  try {
    const response = await fetch(`/api/v1/initiatives/public/strategy${period ? `?period=${encodeURIComponent(period)}` : ''}`,
      { headers: { Accept: 'application/json', 'Accept-Language': lang } });
    const body = await response.json();
    if (response.status === 404) { target.append(el('p', {}, t.noPeriod)); return; }
    if (!response.ok) throw new Error(body.detail || body.title);
    renderOverview(target, el, body, lang, null);
  } catch (e) {
    target.append(alert('error', t.error, e.message));
  }
}

document.getElementById('lang-toggle').addEventListener('click', () => {
  lang = lang === 'da' ? 'en' : 'da';
  localStorage.setItem('os2.lang', lang);
  show();
});
show();
