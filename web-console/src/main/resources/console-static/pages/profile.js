// My profile (everyone signed in): the language messages, documents and the console speak, which
// kinds of message to receive (those the statutes require are shown on and cannot be switched
// off), and the personal calendar subscription — its secret address is shown once, to copy.
const TEXTS = {
  da: {
    title: 'Min profil', intro: 'Vælg dit sprog, hvilke beskeder du vil have, og abonnér på din kalender.',
    language: 'Sprog', languageHelp: 'Beskeder, dokumenter og konsollen bruger dette sprog.',
    'lang.da': 'Dansk', 'lang.en': 'English',
    messagesTitle: 'Sprog og beskeder', messages: 'Beskeder', messagesHelp: 'Vælg, hvilke slags beskeder du vil modtage på e-mail.',
    requiredNote: 'Kræves af vedtægterne eller af din konto og kan ikke slås fra.',
    noKinds: 'Der er ingen slags beskeder at vælge imellem endnu.',
    save: 'Gem', saved: 'Dine valg er gemt.', fixErrors: 'Ret de markerede felter.', error: 'Der opstod en fejl',
    conflict: 'Dine valg blev ændret imens. Hent siden igen.',
    calendar: 'Kalender', subscribe: 'Abonnér på din kalender',
    calendarHelp: 'Få generalforsamlinger, frister, selvevalueringsrunder og betalingsfrister i din egen kalender (Outlook, Google, Apple).',
    subscribed: 'Du har en kalenderadresse, lavet', subscribedNoDate: 'Du har en kalenderadresse.', notSubscribed: 'Du har ingen kalenderadresse.',
    renew: 'Lav en ny adresse', revoke: 'Stop abonnementet', revoked: 'Kalenderadressen virker ikke længere.',
    urlLabel: 'Din kalenderadresse', urlShown: 'Kopiér adressen og tilføj den i din kalender som abonnement. Den vises kun nu.',
    urlNote: 'Adressen er hemmelig. Laver du en ny adresse, holder den gamle op med at virke.',
    copy: 'Kopiér', copied: 'Adressen er kopieret.', copyFailed: 'Kopiér adressen selv: markér den og tryk Ctrl+C.',
    calendarUnavailable: 'Kalenderen kan ikke hentes lige nu.',
    'err.unknown': 'Findes ikke', 'err.required': 'Kan ikke slås fra', 'err.format': 'Forkert format',
  },
  en: {
    title: 'My profile', intro: 'Choose your language, which messages you receive, and subscribe to your calendar.',
    language: 'Language', languageHelp: 'Messages, documents and the console use this language.',
    'lang.da': 'Dansk', 'lang.en': 'English',
    messagesTitle: 'Language and messages', messages: 'Messages', messagesHelp: 'Choose which kinds of message you receive by e-mail.',
    requiredNote: 'Required by the statutes or by your account; cannot be switched off.',
    noKinds: 'There are no kinds of message to choose from yet.',
    save: 'Save', saved: 'Your choices are saved.', fixErrors: 'Correct the fields marked.', error: 'Something went wrong',
    conflict: 'Your choices were changed meanwhile. Reload the page.',
    calendar: 'Calendar', subscribe: 'Subscribe to your calendar',
    calendarHelp: 'Get general assemblies, deadlines, assessment rounds and payment due dates in your own calendar (Outlook, Google, Apple).',
    subscribed: 'You have a calendar address, made', subscribedNoDate: 'You have a calendar address.', notSubscribed: 'You have no calendar address.',
    renew: 'Make a new address', revoke: 'Stop the subscription', revoked: 'The calendar address no longer works.',
    urlLabel: 'Your calendar address', urlShown: 'Copy the address and add it to your calendar as a subscription. It is shown only now.',
    urlNote: 'The address is secret. If you make a new one, the old one stops working.',
    copy: 'Copy', copied: 'The address is copied.', copyFailed: 'Copy the address yourself: select it and press Ctrl+C.',
    calendarUnavailable: 'The calendar cannot be fetched right now.',
    'err.unknown': 'Does not exist', 'err.required': 'Cannot be switched off', 'err.format': 'Wrong format',
  },
};

export async function render(root, ctx) {
  const { el } = ctx;
  const tt = (key) => TEXTS[ctx.lang][key] || key;
  const settings = (await ctx.api('/me/messages')).body;
  root.append(el('h1', {}, tt('title')), el('p', {}, tt('intro')),
    messagesSection(ctx, tt, settings), await calendarSection(ctx, tt));
  if (sessionStorage.getItem('os2.profile.saved')) {
    // saved in the other language just before the console reloaded in this one
    sessionStorage.removeItem('os2.profile.saved');
    const status = root.querySelector('#profile-messages-status');
    status.append(ctx.alert('success', tt('saved')));
    setTimeout(() => status.focus(), 0);
  }
}

function messagesSection(ctx, tt, settings) {
  const { el, api, clear, alert, forms } = ctx;
  const status = el('div', { id: 'profile-messages-status', 'aria-live': 'polite', tabindex: '-1' });
  const languages = el('fieldset', { class: 'form-group', id: 'group-language' },
    el('legend', { class: 'form-label' }, tt('language')),
    el('p', { class: 'form-hint', id: 'language-hint' }, tt('languageHelp')),
    el('span', { class: 'form-error-message', id: 'error-language', hidden: true }),
    ['da', 'en'].map((code) => el('div', { class: 'form-group-radio' },
      el('input', { type: 'radio', class: 'form-radio', id: `profile-lang-${code}`, name: 'language', value: code,
        checked: settings.language === code, 'aria-describedby': 'language-hint' }),
      el('label', { for: `profile-lang-${code}`, lang: code }, tt(`lang.${code}`)))));
  const kindTitle = (k) => (ctx.lang === 'en' ? k.titleEn : k.titleDa);
  const kinds = el('fieldset', { class: 'form-group', id: 'group-switchedOff' },
    el('legend', { class: 'form-label' }, tt('messages')),
    el('p', { class: 'form-hint' }, tt('messagesHelp')),
    el('span', { class: 'form-error-message', id: 'error-switchedOff', hidden: true }),
    settings.kinds.length === 0 ? el('p', { id: 'profile-no-kinds' }, tt('noKinds')) : null,
    settings.kinds.map((k) => el('div', { class: 'os2-checkbox' },
      el('input', { type: 'checkbox', class: 'form-checkbox', id: `profile-kind-${k.code}`, name: 'kind', value: k.code,
        checked: k.on || k.required, disabled: k.required, 'data-required': k.required ? 'true' : null,
        'aria-describedby': k.required ? 'profile-required-note' : null }),
      el('label', { for: `profile-kind-${k.code}` }, kindTitle(k), k.required ? ' *' : null))),
    settings.kinds.some((k) => k.required) ? el('p', { class: 'form-hint', id: 'profile-required-note' }, `* ${tt('requiredNote')}`) : null);
  const form = el('form', { id: 'profile-messages-form', novalidate: true },
    el('h2', { id: 'profile-messages-heading' }, tt('messagesTitle')), status, languages, kinds,
    el('button', { class: 'button button-primary', type: 'submit', id: 'profile-save' }, tt('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    forms.clearErrors(form);
    const checked = form.querySelector('[name=language]:checked');
    const body = {
      language: checked ? checked.value : null,
      switchedOff: [...form.querySelectorAll('[name=kind]')].filter((c) => !c.checked && !c.disabled).map((c) => c.value),
    };
    try {
      const stored = (await api('/me/messages', { method: 'PUT', body })).body;
      if (stored.language !== ctx.lang) {
        // the console follows the chosen language at once
        localStorage.setItem('os2.lang', stored.language);
        sessionStorage.setItem('os2.profile.saved', '1');
        location.reload();
        return;
      }
      clear(status).append(alert('success', tt('saved')));
      status.focus();
    } catch (e) {
      forms.showErrors(form, status, e, { fixErrors: tt('fixErrors'), error: tt('error'), conflict: tt('conflict') }, (code) => tt(`err.${code}`));
    }
  });
  return el('section', { 'aria-labelledby': 'profile-messages-heading' }, form);
}

async function calendarSection(ctx, tt) {
  const { el, api, clear, alert } = ctx;
  const locale = ctx.lang === 'en' ? 'en-GB' : 'da-DK';
  const heading = el('h2', { id: 'profile-calendar-heading' }, tt('calendar'));
  const status = el('div', { id: 'profile-calendar-status', 'aria-live': 'polite', tabindex: '-1' });
  const state = el('p', { id: 'profile-calendar-state' });
  const actions = el('div', { class: 'os2-actions', id: 'profile-calendar-actions' });
  const section = el('section', { id: 'profile-calendar', 'aria-labelledby': 'profile-calendar-heading' },
    heading, el('p', {}, tt('calendarHelp')), status, state, actions);

  const button = (id, label, kind, action) => el('button', { class: `button ${kind}`, type: 'button', id, onclick: action }, label);

  async function create() {
    try {
      const made = (await api('/calendar/subscription', { method: 'POST' })).body;
      const url = new URL(made.url, location.origin).href;
      const input = el('input', { class: 'form-input os2-wide', id: 'profile-calendar-url', readonly: true, value: url,
        'aria-describedby': 'profile-calendar-note' });
      const copyStatus = el('p', { id: 'profile-calendar-copied', role: 'status' });
      clear(status).append(el('div', { id: 'profile-calendar-result' },
        alert('success', tt('urlShown')),
        el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'profile-calendar-url' }, tt('urlLabel')), input),
        el('p', { class: 'form-hint', id: 'profile-calendar-note' }, tt('urlNote')),
        button('profile-calendar-copy', tt('copy'), 'button-secondary', async () => {
          try {
            await navigator.clipboard.writeText(url);
            copyStatus.textContent = tt('copied');
          } catch (e) {
            input.select();
            copyStatus.textContent = tt('copyFailed');
          }
        }),
        copyStatus));
      show({ exists: true, created: made.created });
      input.focus();
      input.select();
    } catch (e) {
      clear(status).append(alert('error', tt('error'), e.message));
      status.focus();
    }
  }

  async function revoke() {
    try {
      await api('/calendar/subscription', { method: 'DELETE' });
      clear(status).append(alert('success', tt('revoked')));
      show({ exists: false });
    } catch (e) {
      clear(status).append(alert('error', tt('error'), e.message));
    }
    status.focus();
  }

  function show(subscription) {
    clear(actions);
    if (subscription.exists) {
      const created = subscription.created ? new Date(subscription.created).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' }) : '';
      state.textContent = created ? `${tt('subscribed')} ${created}.` : tt('subscribedNoDate');
      actions.append(button('profile-calendar-renew', tt('renew'), 'button-secondary', create),
        button('profile-calendar-revoke', tt('revoke'), 'button-secondary', revoke));
    } else {
      state.textContent = tt('notSubscribed');
      actions.append(button('profile-calendar-subscribe', tt('subscribe'), 'button-primary', create));
    }
  }

  try {
    show((await api('/calendar/subscription')).body);
  } catch (e) {
    if (e.status === 401) throw e;
    state.textContent = '';
    status.append(alert('warning', tt('calendarUnavailable'), e.message));
  }
  return section;
}
