// The iframe configurator: builds the snippet for dist/embed.html from the
// form, and shows it live. An external module, so the page runs under a
// strict Content-Security-Policy like the embed itself.
const form = document.getElementById('options');
const field = (id) => document.getElementById(id);
const TITLES = {
  'benefit-finder': '社會福利導航：福利查詢 (Welfare Navigator: benefit finder)',
  'eligibility-quiz': '社會福利導航：福利試算 (Welfare Navigator: eligibility quiz)',
  'contact-directory': '社會福利導航：聯絡資料 (Welfare Navigator: contact directory)',
  'service-map': '社會福利導航：服務地圖 (Welfare Navigator: service map)',
};

field('kit').value = new URL('../dist/', location.href).href;

/** The 29 districts, from the kit's own data (data/districts.json beside docs/). */
async function fillDistricts() {
  const districts = await (await fetch(new URL('../data/districts.json', import.meta.url))).json();
  for (const d of districts) field('district').append(new Option(`${d.name['zh-Hant']} (${d.name.en})`, d.name['zh-Hant']));
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The origin typed in, or '' when empty; undefined when it is not an origin. */
function typedOrigin() {
  const value = field('origin').value.trim();
  if (!value) return '';
  try {
    const url = new URL(value);
    return url.origin === value.replace(/\/$/, '') && /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function embedUrl(kit, origin) {
  const params = new URLSearchParams({ element: field('element').value });
  if (field('district').value) params.set('district', field('district').value);
  params.set('lang', field('lang').value);
  params.set('theme', field('theme').value);
  if (origin) params.set('origin', origin);
  return new URL(`embed.html?${params}`, kit).href;
}

function iframeHtml(src) {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(TITLES[field('element').value])}" style="width:100%;height:48rem;border:0" loading="lazy"></iframe>`;
}

let shown = '';
function update() {
  const origin = typedOrigin();
  field('origin-problem').hidden = origin !== undefined;
  field('origin').setAttribute('aria-invalid', String(origin === undefined));
  let kit;
  try {
    kit = new URL(field('kit').value, location.href).href.replace(/\/?$/, '/');
  } catch {
    kit = new URL('../dist/', location.href).href;
  }
  const hostScript = `<script src="${escapeHtml(new URL('embed-host.js', kit).href)}" defer></script>`;
  field('snippet').value =
    `${iframeHtml(embedUrl(kit, origin))}\n<!-- Optional, where the page allows one script file: sizes the iframe to its content. -->\n${hostScript}`;
  // The preview uses the kit beside this page, and this page's own origin, so it sends its events here.
  const preview = embedUrl(new URL('../dist/', location.href).href, location.origin);
  if (preview !== shown) {
    shown = preview;
    // Built through the DOM, not as HTML: a style attribute would break this page's own policy (style-src 'self').
    const frame = document.createElement('iframe');
    frame.src = preview;
    frame.title = TITLES[field('element').value];
    frame.style.height = '48rem';
    field('preview').replaceChildren(frame);
  }
}

field('copy').addEventListener('click', async () => {
  field('snippet').select();
  try {
    await navigator.clipboard.writeText(field('snippet').value);
    field('copied').textContent = 'Copied.';
  } catch {
    field('copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

for (const name of [
  'welfare-search',
  'welfare-benefit-select',
  'welfare-contact-select',
  'welfare-location-select',
  'welfare-quiz-complete',
]) {
  field('preview').addEventListener(name, (e) => (field('events').textContent = `${name}: ${JSON.stringify(e.detail)}`));
}

form.addEventListener('input', update);
form.addEventListener('submit', (e) => e.preventDefault());
await fillDistricts().catch(() => undefined);
update();
