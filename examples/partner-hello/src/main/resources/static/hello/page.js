// A partner's console page: the shell passes the container element and a context with
// lang, user, api(path, options), el(...) and alert(...).
export async function render(root, ctx) {
  const { el, api, lang } = ctx;
  const hello = (await api('/plugins/hello/greeting')).body;
  root.append(
    el('h1', {}, lang === 'en' ? 'Hello from a partner' : 'Hej fra en partner'),
    el('p', { id: 'hello-greeting' }, hello.greeting),
    el('p', {}, (lang === 'en' ? 'Members with a vote: ' : 'Medlemmer med stemmeret: ') + hello.votingMembers));
}
