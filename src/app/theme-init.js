// Sets <html data-theme> before the first paint. The app's code is a module script, which runs
// only after the page has been parsed and may already have been painted in the light theme; this
// small classic script runs while the <head> is parsed, so a dark page is dark from its first
// frame. It is a file, not an inline script, because the CSP allows no inline script.
// It resolves the theme as src/app/theme.ts does (theme-init.test.ts holds them to that): the
// link's `theme` (in the hash's query, or in the path's query of a browser-history build), else
// the stored choice, else the system's.
(function () {
  var choices = { light: 1, dark: 1, auto: 1 };
  function fromQuery(query) {
    var value = new URLSearchParams(query).get('theme');
    return value !== null && choices[value] === 1 ? value : undefined;
  }
  var hash = window.location.hash;
  var choice =
    fromQuery(hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '') ||
    fromQuery(window.location.search);
  if (!choice) {
    try {
      var stored = window.localStorage.getItem('runtime-advisor:theme');
      choice = stored !== null && choices[stored] === 1 ? stored : 'auto';
    } catch {
      choice = 'auto';
    }
  }
  var system =
    window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light';
  document.documentElement.dataset.theme =
    choice === 'light' || choice === 'dark' ? choice : system;
})();
