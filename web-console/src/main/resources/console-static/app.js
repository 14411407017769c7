// The console shell: login, language, the live menu from ConsoleContribution services, and routing
// to page modules (the platform's own and those served by plugin bundles).
import { translator } from './i18n.js';
import { el, svg, clear, alert, icon } from './dom.js';
import * as forms from './forms.js';
import { stylesheet, showFailure, confirm, picker, tabs, steps, downloader, other, marked } from './context.js';

const state = { lang: localStorage.getItem('os2.lang') === 'en' ? 'en' : 'da', user: null, menu: [] };
let t = translator(state.lang);
const main = document.getElementById('main-content');

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function api(path, options = {}) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': state.lang, ...(options.headers || {}) };
  // an object travels as JSON; a string, a Blob/File or an ArrayBuffer (an uploaded jar) as it is
  const raw = typeof options.body === 'string' || options.body instanceof Blob || options.body instanceof ArrayBuffer;
  if (options.body !== undefined && !raw) {
    headers['Content-Type'] = 'application/json';
    options = { ...options, body: JSON.stringify(options.body) };
  }
  if (state.user && options.method && options.method !== 'GET') headers['X-CSRF-Token'] = state.user.csrfToken;
  const response = await fetch(`/api/v1${path}`, { credentials: 'same-origin', ...options, headers });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return { body, etag: response.headers.get('ETag'), status: response.status };
}

function hasRole(role) {
  if (!state.user) return false;
  const roles = state.user.roles;
  return roles.includes('admin') || roles.includes(role);
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t('appName');
  document.getElementById('brand').textContent = t('appName');
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('main-nav').setAttribute('aria-label', t('mainMenu'));
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t('switchLang');
  toggle.setAttribute('lang', state.lang === 'da' ? 'en' : 'da');
  document.getElementById('logout').textContent = t('logout');
  const menuButton = document.getElementById('menu-button');
  clear(menuButton).append(icon('menu'), el('span', {}, t('menu')));
  document.getElementById('footer-a11y').textContent = t('a11y');
  document.getElementById('footer-owner').textContent = t('owner');
}

/** Below 1200 px the main menu is behind the "Menu" button; Escape and choosing a page close it. */
function openMenu(open) {
  document.getElementById('main-nav').classList.toggle('os2-nav-open', open);
  document.getElementById('menu-button').setAttribute('aria-expanded', open ? 'true' : 'false');
}

function renderMenu() {
  document.getElementById('menu-button').hidden = state.menu.length === 0;
  const menu = clear(document.getElementById('menu'));
  const route = currentRoute();
  for (const entry of state.menu) {
    const link = el('a', { href: `#/${entry.id}`, 'data-page': entry.id,
      'aria-current': route.page === entry.id ? 'page' : null }, state.lang === 'en' ? entry.titleEn : entry.titleDa);
    menu.append(el('li', {}, link));
  }
}

async function refreshMenu() {
  if (!state.user) return;
  try {
    state.menu = (await api('/console/menu')).body;
  } catch (e) {
    if (e.status === 401) { state.user = null; state.menu = []; }
  }
  renderMenu();
}

function currentRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  return { page: parts[0] || '', rest: parts.slice(1) };
}

const download = downloader(() => state.lang, ApiError);

/** The context a page module's render(element, ctx) gets; context.js describes it. */
function context() {
  return { lang: state.lang, user: state.user, api, t, el, svg, clear, alert, forms, hasRole, ApiError, stylesheet, showFailure,
    title: pageTitle, navigate: (h) => { location.hash = h; },
    confirm, picker, tabs, steps, download, other, icon, marked: (text) => marked(state.lang, text),
    danish: (text) => (state.lang === 'da' || text === null || text === undefined || text === '' ? text : other('da', text)) };
}

/** The window title: what the page shows, then the platform's name (WCAG 2.4.2). */
function setTitle(page) {
  document.title = page ? `${page} – ${t('appName')}` : t('appName');
}

// whether the page on show has set its own title through ctx.title
let titled = false;

/** ctx.title: the page names what it shows. */
function pageTitle(page) {
  titled = true;
  setTitle(page);
}

/**
 * The shell's default title for a route the page did not name itself: the page's heading when it says
 * more than the menu entry (an organisation's name, a ballot …), else the menu entry.
 */
function defaultTitle(entryTitle) {
  if (titled) return;
  const heading = main.querySelector('h1');
  const text = heading ? heading.textContent.trim() : '';
  setTitle(text && entryTitle && text !== entryTitle ? `${text} – ${entryTitle}` : (text || entryTitle));
}

async function loginOptions() {
  if (!state.options) {
    try { state.options = (await api('/auth/options')).body; } catch (e) { state.options = { passwordLogin: true, signOn: null }; }
  }
  return state.options;
}

async function showLogin(message) {
  const options = await loginOptions();
  setTitle(t('loginTitle'));
  clear(main);
  const username = el('input', { class: 'form-input', id: 'login-username', name: 'username', type: 'text', autocomplete: 'username', required: true });
  const password = el('input', { class: 'form-input', id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = el('div', { id: 'login-status', 'aria-live': 'polite' }, message ? alert('error', message) : null);
  const form = el('form', { class: 'os2-login', id: 'login-form', novalidate: true },
    el('h1', {}, t('loginTitle')),
    status,
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'login-username' }, t('username')), username),
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'login-password' }, t('password')), password),
    el('button', { class: 'button button-primary', type: 'submit', id: 'login-submit' }, t('loginButton')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!username.value.trim() || !password.value) {
      clear(status).append(alert('error', t('required')));
      return;
    }
    try {
      state.user = (await api('/auth/login', { method: 'POST', body: { username: username.value.trim(), password: password.value } })).body;
      password.value = '';
      await afterLogin();
    } catch (e) {
      clear(status).append(alert('error', e.status === 401 ? t('loginFailed') : e.message));
      password.value = '';
      password.focus();
    }
  });
  if (options.signOn) {
    const signOn = el('div', { class: 'os2-login', id: 'sign-on' },
      options.passwordLogin ? null : el('h1', {}, t('loginTitle')),
      options.passwordLogin ? null : status,
      el('a', { class: 'button button-primary', id: 'sign-on-button', href: '/api/v1/auth/oidc/start' }, `${t('signOnWith')} ${options.signOn}`));
    main.append(signOn);
  }
  if (options.passwordLogin) {
    main.append(form);
    username.focus();
  }
}

// Someone who has not chosen a language in this browser gets the one of their profile (Min profil).
async function profileLanguage() {
  if (localStorage.getItem('os2.lang')) return;
  try {
    const chosen = (await api('/me/messages')).body.language;
    if ((chosen === 'da' || chosen === 'en') && chosen !== state.lang) {
      state.lang = chosen;
      t = translator(state.lang);
      applyLanguage();
    }
  } catch (e) { /* the console keeps its language */ }
}

async function afterLogin() {
  await profileLanguage();
  document.getElementById('user-name').textContent = state.user.displayName;
  document.getElementById('logout').hidden = false;
  await refreshMenu();
  await route();
}

async function route() {
  const { page, rest } = currentRoute();
  openMenu(false);
  renderMenu();
  titled = false;
  if (page === 'accessibility') {
    const module = await import('./pages/accessibility.js');
    clear(main);
    module.render(main, context());
    defaultTitle(t('a11y'));
    return;
  }
  if (page === 'invitation') {
    const module = await import('./pages/invitation.js');
    clear(main);
    await module.render(main, { ...context(), route: rest, signedIn: async (me) => {
      state.user = me;
      history.replaceState(null, '', '#/');
      await afterLogin();
    } });
    defaultTitle(null);
    return;
  }
  if (page === 'login' && rest[0]) {
    // a refused sign-on comes back here with its reason
    const reason = rest[0];
    history.replaceState(null, '', '#/');
    if (!state.user) { await showLogin(t(`signOn.${reason}`) === `signOn.${reason}` ? t('signOn.other') : t(`signOn.${reason}`)); return; }
    await route();
    return;
  }
  if (!state.user) { await showLogin(); return; }
  if (!page) {
    setTitle(t('home'));
    clear(main);
    try {
      const home = await import('./pages/home.js');
      await home.render(main, context());
    } catch (e) {
      if (e.status === 401) { state.user = null; showLogin(); return; }
      main.append(alert('error', t('error'), e.message));
    }
    if (hasRole('secretariat')) await pluginWarning();
    return;
  }
  await refreshMenu();
  const entry = state.menu.find((m) => m.id === page);
  clear(main);
  if (!entry) {
    setTitle(t('notFound'));
    main.append(el('h1', {}, t('notFound')), el('p', {}, t('noAccess')));
    main.focus();
    return;
  }
  const entryTitle = state.lang === 'en' ? entry.titleEn : entry.titleDa;
  setTitle(entryTitle);
  try {
    const module = await import(entry.pageModule);
    await module.render(main, { ...context(), route: rest });
    defaultTitle(entryTitle);
  } catch (e) {
    if (e.status === 401) { state.user = null; showLogin(); return; }
    clear(main).append(el('h1', {}, t('pageFailed')), alert('error', t('error'), e.message));
    setTitle(`${t('pageFailed')} – ${entryTitle}`);
  }
  // a screen reader starts reading the new page; main shows no frame (app.css), the controls keep theirs
  main.focus({ preventScroll: true });
}

// For those who see the Plugins page: a warning on the home page when a partner plugin is down or
// an update of one was rolled back (health says DEGRADED), naming the plugins and linking to the page.
async function pluginWarning() {
  let health;
  try {
    health = (await api('/health')).body;
  } catch (e) {
    health = e.problem; // 503: the platform itself is down; its bundles are still listed
  }
  if (!health || !Array.isArray(health.bundles)) return;
  const partners = health.bundles.filter((b) => !b.platform && (b.status !== 'UP' || (b.notices || []).some((n) => n.code === 'rolled-back')));
  if (partners.length === 0) return;
  const warning = alert('warning', t('pluginWarning'), `${t('pluginWarningText')} ${partners.map((b) => b.symbolicName).join(', ')}.`);
  warning.id = 'plugin-warning';
  warning.append(el('p', {}, el('a', { href: '#/plugins' }, t('pluginWarningLink'))));
  main.append(warning);
}

/**
 * A table box that scrolls sideways (.table-responsive, .os2-table-wrap) on a narrow screen must be
 * reachable by keyboard (WCAG 2.1.1): it gets a tab stop and a name while it has more than it shows.
 */
function keyboardScrolling() {
  for (const box of main.querySelectorAll('.table-responsive, .os2-table-wrap')) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute('tabindex')) {
      const table = box.querySelector('table');
      const caption = table && (table.getAttribute('aria-label') || (table.caption && table.caption.textContent.trim()));
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', caption || t('scrollTable'));
      box.dataset.scrolls = 'true';
    } else if (!scrolls && box.dataset.scrolls) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      delete box.dataset.scrolls;
    }
  }
}

async function start() {
  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; keyboardScrolling(); });
  };
  new MutationObserver(later).observe(main, { childList: true, subtree: true });
  window.addEventListener('resize', later);
  applyLanguage();
  const menuButton = document.getElementById('menu-button');
  menuButton.addEventListener('click', () => openMenu(menuButton.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || menuButton.getAttribute('aria-expanded') !== 'true' || document.querySelector('dialog[open]')) return;
    openMenu(false);
    menuButton.focus();
  });
  document.getElementById('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'da' ? 'en' : 'da';
    localStorage.setItem('os2.lang', state.lang);
    t = translator(state.lang);
    applyLanguage();
    route();
  });
  document.getElementById('logout').addEventListener('click', async () => {
    try { await api('/auth/logout', { method: 'POST' }); } catch (e) { /* the session may have ended already */ }
    sessionStorage.clear(); // what pages kept for this person (a vote's receipt, searches) goes with them
    state.user = null; state.menu = [];
    document.getElementById('user-name').textContent = '';
    document.getElementById('logout').hidden = true;
    renderMenu();
    location.hash = '#/';
    showLogin();
  });
  window.addEventListener('hashchange', route);
  try {
    state.user = (await api('/auth/me')).body;
    await afterLogin();
  } catch (e) {
    state.user = null;
    await route();
  }
  // the menu follows bundles that start and stop while the console is open
  setInterval(refreshMenu, 15000);
}

start();
