// Inlined at the end of the app page's <body> by scripts/first_screen.mjs, after the app's
// first screen in each language (<template data-cf-first-app="en">…, rendered at build time by
// crates/prerender). On a first visit to the page's own address it shows the one in the
// visitor's language at once, while the wasm is still on its way; the app takes it over when
// it runs (client_fit_web::first_screen), keeping what was typed, picked and pressed. Anything
// else (something saved on this device, an address asking for a questionnaire, a page or a
// share link) has another first screen, which only the app can draw.
(() => {
  const LANGUAGES = ['en', 'es', 'ro', 'da'];
  try {
    if (localStorage.getItem('client-fit') !== null) return;
  } catch {
    // Storage that cannot be read: the app tells so on its first screen, which this is not.
    return;
  }
  if (location.search || location.hash) return;
  const visitor = (navigator.languages ?? []).concat(navigator.language ?? [])
    .map((tag) => tag.trim().slice(0, 2).toLowerCase());
  const language = visitor.find((tag) => LANGUAGES.includes(tag)) ?? 'en';
  const template = document.querySelector(`template[data-cf-first-app="${language}"]`);
  if (!template) return;
  const screen = document.createElement('div');
  screen.setAttribute('data-cf-first', 'shown');
  screen.append(template.content.cloneNode(true));
  // Buttons do nothing yet: the app presses them again, in order, once it runs
  // (`data-cf-clicks`, their places among the screen's buttons). A form must not submit. The
  // embed loader's `showFirst` does the same for a widget: a page loads one or the other, and
  // this one is inlined, so they cannot share a module.
  screen.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (!button) return;
    const place = [...screen.querySelectorAll('button')].indexOf(button);
    const clicks = screen.getAttribute('data-cf-clicks');
    screen.setAttribute('data-cf-clicks', clicks ? `${clicks} ${place}` : String(place));
  });
  screen.addEventListener('submit', (event) => event.preventDefault());
  document.documentElement.lang = language;
  document.body.append(screen);
})();
