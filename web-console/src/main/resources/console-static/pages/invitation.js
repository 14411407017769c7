// Taking an invitation: the invitee chooses a password and is signed in. Public: the token in the
// link (after #, so no server or proxy log sees it) is what identifies the person.
const TEXTS = {
  da: {
    title: 'Velkommen til OS2 Fællesskabsplatform', greeting: 'Du er inviteret som', choose: 'Vælg en adgangskode for at tage invitationen.',
    password: 'Adgangskode (mindst 12 tegn)', repeat: 'Gentag adgangskoden', submit: 'Gem adgangskode og log ind',
    mismatch: 'De to adgangskoder er ikke ens.', invalid: 'Invitationslinket virker ikke: det er ukendt, udløbet eller allerede brugt. Bed sekretariatet om en ny invitation.',
    fixErrors: 'Ret de markerede felter.', error: 'Der opstod en fejl', username: 'Dit brugernavn er',
    'err.too-short': 'Mindst 12 tegn', 'err.too-long': 'Højst 256 tegn', 'err.common': 'Adgangskoden er for almindelig — vælg en, andre ikke bruger',
    'err.like-name': 'Adgangskoden må ikke ligne dit navn eller din e-mail', 'err.required': 'Skal udfyldes',
    'err.invalid': 'Ukendt invitation', 'err.expired': 'Invitationen er udløbet', 'err.used': 'Invitationen er allerede brugt',
  },
  en: {
    title: 'Welcome to the OS2 Community Platform', greeting: 'You are invited as', choose: 'Choose a password to take the invitation.',
    password: 'Password (at least 12 characters)', repeat: 'Repeat the password', submit: 'Save password and log in',
    mismatch: 'The two passwords differ.', invalid: 'The invitation link does not work: it is unknown, expired or already used. Ask the secretariat for a new invitation.',
    fixErrors: 'Correct the fields marked.', error: 'Something went wrong', username: 'Your username is',
    'err.too-short': 'At least 12 characters', 'err.too-long': 'At most 256 characters', 'err.common': 'The password is too common — choose one others do not use',
    'err.like-name': 'The password must not resemble your name or e-mail', 'err.required': 'Required',
    'err.invalid': 'Unknown invitation', 'err.expired': 'The invitation has expired', 'err.used': 'The invitation is already used',
  },
};

export async function render(root, ctx) {
  const { el, api, alert, clear, forms } = ctx;
  const tt = (key) => TEXTS[ctx.lang][key] || key;
  const token = ctx.route[0] || '';
  let invitee;
  try {
    invitee = (await api('/auth/invitation', { method: 'POST', body: { token } })).body;
  } catch (e) {
    root.append(el('h1', {}, tt('title')), alert('error', tt('invalid')));
    return;
  }
  const password = el('input', { class: 'form-input', id: 'invitation-password', name: 'password', type: 'password', autocomplete: 'new-password' });
  const repeat = el('input', { class: 'form-input', id: 'invitation-repeat', name: 'repeat', type: 'password', autocomplete: 'new-password' });
  const messages = el('div', { id: 'invitation-messages', 'aria-live': 'polite' });
  const form = el('form', { id: 'invitation-form', class: 'os2-login', novalidate: true },
    el('h1', {}, tt('title')),
    el('p', {}, `${tt('greeting')} `, el('strong', {}, invitee.displayName), '. ', `${tt('username')} `, el('strong', { id: 'invitation-username' }, invitee.username), '.'),
    el('p', {}, tt('choose')),
    messages,
    // lets password managers store the new password under the right username
    el('input', { type: 'text', name: 'username', autocomplete: 'username', value: invitee.username, hidden: true, readonly: true }),
    forms.field('password', tt('password'), password),
    forms.field('repeat', tt('repeat'), repeat),
    el('button', { class: 'button button-primary', type: 'submit', id: 'invitation-submit' }, tt('submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    forms.clearErrors(form);
    if (password.value !== repeat.value) {
      clear(messages).append(alert('error', tt('mismatch')));
      repeat.focus();
      return;
    }
    try {
      const me = (await api('/auth/invitation/accept', { method: 'POST', body: { token, password: password.value } })).body;
      password.value = '';
      repeat.value = '';
      await ctx.signedIn(me);
    } catch (e) {
      const errors = (e.problem && e.problem.errors) || {};
      if (errors.token) { clear(root).append(el('h1', {}, tt('title')), alert('error', tt('invalid'), tt(`err.${errors.token}`))); return; }
      forms.showErrors(form, messages, e, { fixErrors: tt('fixErrors'), error: tt('error'), conflict: tt('error') }, (code) => tt(`err.${code}`));
    }
  });
  root.append(form);
  password.focus();
}
