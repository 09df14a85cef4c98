// Every demo page takes its variants from the query string, so one page shows
// them all: ?lang=en, ?district=和平區, ?kiosk, ?category=day-care, ?match=located,
// ?theme=dark, ?idle=15 …
// Each parameter becomes an attribute of the kit's elements on the page; the
// language goes on <html>, which the elements follow. An external module, not
// an inline script, so the demos run under a strict Content-Security-Policy.
const ALIASES = { match: 'district-match', idle: 'idle-timeout', warning: 'idle-warning' };
const params = new URLSearchParams(location.search);
const elements = document.querySelectorAll(
  'welfare-benefit-finder, welfare-eligibility-quiz, welfare-contact-directory, welfare-service-map, welfare-kiosk',
);

for (const [key, value] of params) {
  if (key === 'lang') continue;
  if (key === 'theme') {
    document.documentElement.dataset.theme = value;
    continue;
  }
  for (const element of elements) element.setAttribute(ALIASES[key] ?? key, value);
}

const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
if (lang === 'en') {
  // Page text written for the demo in both languages: data-en holds the English.
  for (const node of document.querySelectorAll('[data-en]')) node.textContent = node.dataset.en;
  const toggle = document.getElementById('english');
  if (toggle) {
    toggle.textContent = '中文';
    toggle.href = location.pathname.split('/').pop() || './';
  }
}
