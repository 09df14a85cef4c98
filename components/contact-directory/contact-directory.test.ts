import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './contact-directory.js';
import type { WelfareContactDirectory } from './contact-directory.component.js';
import { parseCsv } from '../../src/format/csv.js';
import { parseVCards } from '../../src/format/vcard.js';
import { loadDirectory } from '../../src/data/directory.js';

async function ready(el: WelfareContactDirectory): Promise<void> {
  const busy = () => el.shadowRoot!.querySelector('.status--loading') || el.shadowRoot!.querySelector('.note[role="status"]');
  for (let i = 0; i < 60 && busy(); i++) await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  await nextFrame();
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const names = (el: Element) => $$(el, '.entry h3, .entry h4').map((h) => h.textContent!.trim());
const entry = (el: Element, id: string) => $(el, `[data-entry="${id}"]`);
const hrefs = (node: Element | null) => [...(node?.querySelectorAll('a.phone') ?? [])].map((a) => a.getAttribute('href'));

/** Opens every group and shows every entry, as a resident pressing each toggle and "show more" would. */
async function openAll(el: WelfareContactDirectory): Promise<void> {
  for (const toggle of $$(el, '.group-toggle[aria-expanded="false"]')) toggle.click();
  await el.updateComplete;
  for (let more = $(el, '.show-more'); more; more = $(el, '.show-more')) {
    more.click();
    await el.updateComplete;
  }
}

async function search(el: WelfareContactDirectory, query: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: WelfareContactDirectory, selector: string, value: string): Promise<void> {
  const select = $(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<welfare-contact-directory>', () => {
  beforeEach(() => {
    document.documentElement.lang = 'zh-Hant';
  });

  it('lists every category with counts, the bureau open, accessibly', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    const toggles = $$(el, '.group-toggle');
    expect(toggles.length).to.equal(23);
    const bureau = toggles.find((t) => t.textContent!.includes('社會局及所屬機關'))!;
    expect(bureau.getAttribute('aria-expanded')).to.equal('true');
    expect(bureau.textContent).to.match(/26 筆/);
    const offices = toggles.find((t) => t.textContent!.includes('區公所'))!;
    expect(offices.getAttribute('aria-expanded')).to.equal('false');
    expect(offices.textContent).to.match(/29 筆/);
    expect(names(el)).to.include('長青福利科');
    expect($(el, '[role="status"]')!.textContent).to.include('共 426 筆');
    // Not 426 entries at once: the closed groups render nothing, the open one a page.
    expect($$(el, '.entry').length).to.be.lessThan(40);
    await expect(el).to.be.accessible();
  });

  it('opens a group, pages through it with "show more", and closes it', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    const offices = $$(el, '.group-toggle').find((t) => t.textContent!.includes('區公所'))!;
    offices.click();
    await el.updateComplete;
    expect(offices.getAttribute('aria-expanded')).to.equal('true');
    const group = $(el, '#group-district-office')!;
    expect(group.querySelectorAll('.entry').length).to.equal(20);
    (group.querySelector('.show-more') as HTMLElement).click();
    await el.updateComplete;
    expect(group.querySelectorAll('.entry').length).to.equal(29);
    expect(el.shadowRoot!.activeElement!.textContent).to.equal(group.querySelectorAll('.entry h3')[20]!.textContent);
    await expect(el).to.be.accessible();
    offices.click();
    await el.updateComplete;
    expect(group.hidden).to.equal(true);
  });

  for (const [query, expected] of [
    ['長青福利科', '長青福利科'],
    ['老人', '長青福利科'],
    ['和平區公所', '和平區公所'],
    ['台中市家庭暴力', '臺中市家庭暴力及性侵害防治中心'],
    ['22289111', '長青福利科'],
  ] as const) {
    it(`finds ${expected} for ${query}`, async () => {
      const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
      await ready(el);
      await search(el, query);
      await openAll(el);
      expect(names(el)).to.include(expected);
    });
  }

  it('searches, highlights, announces the count and says when nothing matches', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    await search(el, '早療');
    expect($(el, '[role="status"]')!.textContent).to.match(/「早療」：\d+ 筆/);
    await search(el, '兒童發展');
    expect($$(el, 'mark').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await search(el, 'zzzzqqq');
    expect($(el, '.status')!.textContent).to.include('沒有符合');
    ($(el, '.status button') as HTMLElement).click();
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect($$(el, '.group').length).to.equal(23);
  });

  it('a resident of 和平區 sees their district office and the centres that serve 和平區', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory district="和平區"></welfare-contact-directory>`);
    await ready(el);
    // Their district office comes first.
    expect($$(el, '.group-name')[0]!.textContent).to.equal('區公所');
    expect(names(el)[0]).to.equal('和平區公所');
    await openAll(el);
    const shown = names(el);
    expect(shown).to.include('和平區公所');
    expect(shown).not.to.include('豐原區公所');
    // Centres whose service area names 和平區, or the whole city.
    expect(shown).to.include('臺中市第五區社區保母系統');
    expect(shown).to.include('臺中市山線婦女福利服務中心');
    expect(shown).to.include('臺中市山線新移民家庭服務中心');
    expect(shown).to.include('臺中市兒童發展通報中心');
    // … but not one serving other districts only.
    expect(shown).not.to.include('臺中市第一區社區保母系統');
    expect(shown).to.include('長青福利科');
    expect(($(el, '#district') as HTMLSelectElement).value).to.equal('heping');
    // Touch targets: every control and number at least 44 × 44 px; a radio's target is its label.
    const small = $$(el, 'a, button, select, input[type="search"], label.radio')
      .map((t) => ({ t, r: t.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
      .map(({ t, r }) => `${t.tagName} ${t.textContent!.trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    expect(small).to.deep.equal([]);
    expect($(el, '[role="status"]')!.textContent).to.include('服務和平區');
    await expect(el).to.be.accessible();
  });

  it('filters by where an entry is, and by category, from the controls', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    await choose(el, '#district', 'heping');
    expect(el.district).to.equal('和平區');
    const located = $$(el, '.match input').find((i) => (i as HTMLInputElement).value === 'located')!;
    located.click();
    await el.updateComplete;
    await openAll(el);
    // With the two 衛生所 of the medical list (data/directory/medical-locations.json).
    expect(names(el)).to.have.members([
      '和平區公所',
      '和平區長青學苑',
      'Tayan 長青快樂學堂',
      '臺中市和平區衛生所',
      '臺中市和平區梨山衛生所',
    ]);
    await choose(el, '#category', 'district-office');
    expect(names(el)).to.deep.equal(['和平區公所']);
    await expect(el).to.be.accessible();
    await choose(el, '#district', '');
    await openAll(el);
    expect($$(el, '.entry').length).to.equal(29);
  });

  it('accepts a district by its English name and says when a district is unknown', async () => {
    const el = await fixture<WelfareContactDirectory>(
      html`<welfare-contact-directory district="Heping District" category="district-office"></welfare-contact-directory>`,
    );
    await ready(el);
    expect(names(el)).to.deep.equal(['和平區公所']);
    el.district = '火星區';
    await el.updateComplete;
    expect($(el, '.note')!.textContent).to.include('火星區');
    await expect(el).to.be.accessible();
  });

  it('dials the division’s first extension and shows the range as printed', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    const senior = entry(el, 'bureau-senior-welfare')!;
    const link = senior.querySelector('a.phone')!;
    expect(link.getAttribute('href')).to.equal('tel:+886422289111,37401');
    expect(link.textContent).to.include('37401~37442');
    expect(senior.textContent).to.include('臺灣大道市政大樓');
    expect(senior.textContent).to.include('撥號後自動轉分機 37401');
    // A division in both buildings has a line for each.
    expect(hrefs(entry(el, 'bureau-social-assistance'))).to.deep.equal(['tel:+886422289111,37201', 'tel:+886422289111,38201']);
    expect(entry(el, 'bureau-social-assistance')!.textContent).to.include('陽明市政大樓');
  });

  it('shows a fax as a fax, never as a link, and flags numbers that may be wrong as printed', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    const board = entry(el, 'bureau-switchboard')!;
    expect(board.querySelector('.phone--fax')!.textContent).to.include('04-2229-1810');
    expect(hrefs(board)).to.deep.equal(['tel:+886422289111']);
    expect(board.querySelector('a[href*="22291810"]') === null).to.equal(true);
    await search(el, '6760180');
    const doubtful = $(el, '.phone--doubtful')!;
    expect(doubtful.textContent).to.include('04-6760180');
    expect(doubtful.querySelector('.flag')).to.exist;
    expect(doubtful.querySelector('a') === null).to.equal(true);
    // The same centre's other, valid number (04-26760180 #177) is still dialable.
    expect(hrefs(doubtful.closest('.entry'))).to.include('tel:+886426760180,177');
    expect(hrefs(doubtful.closest('.entry')).some((h) => h!.startsWith('tel:+88646760180'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('downloads the filtered list as CSV a spreadsheet reads back', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory district="和平區"></welfare-contact-directory>`);
    await ready(el);
    const rows = parseCsv(el.toCsv());
    const count = Number(/(\d+) 筆/.exec($(el, '[role="status"]')!.textContent!)![1]);
    expect(rows.length).to.equal(count + 1);
    expect(rows[0]!.slice(0, 2)).to.deep.equal(['類別', '名稱']);
    const senior = rows.find((r) => r[1] === '長青福利科')!;
    expect(senior[7]).to.equal('04-2228-9111 分機 37401~37442 (臺灣大道市政大樓)');
    expect(senior[10]).to.equal('臺中市全區');
    const board = rows.find((r) => r[1] === '臺中市政府社會局')!;
    expect(board[8]).to.equal('04-2229-1810');
    expect(rows.some((r) => r[1] === '和平區公所')).to.equal(true);
    expect(rows.some((r) => r[1] === '豐原區公所')).to.equal(false);

    // The button saves the same text as a file made in the browser.
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    const stopDownload = (e: Event) => e.preventDefault();
    el.shadowRoot!.addEventListener('click', stopDownload, true);
    try {
      $$(el, '.actions button')[0]!.click();
    } finally {
      URL.createObjectURL = original;
      el.shadowRoot!.removeEventListener('click', stopDownload, true);
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.match(/^text\/csv/);
    expect(parseCsv(await blobs[0]!.text())).to.deep.equal(rows);
  });

  it('downloads vCards whose phones dial the extension', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory category="bureau"></welfare-contact-directory>`);
    await ready(el);
    const cards = parseVCards(el.toVCard());
    expect(cards.length).to.equal(26);
    const prop = (card: (typeof cards)[number], name: string) => card.filter((p) => p.name === name);
    const senior = cards.find((c) => prop(c, 'FN')[0]!.value === '長青福利科')!;
    expect(prop(senior, 'VERSION')[0]!.value).to.equal('3.0');
    expect(prop(senior, 'TEL').map((p) => p.value)).to.deep.equal(['+886422289111,37401']);
    expect(prop(senior, 'ORG')[0]!.value).to.equal('臺中市政府社會局;長青福利科');
    expect(prop(senior, 'NOTE')[0]!.value).to.include('37401~37442');
    const board = cards.find((c) => prop(c, 'FN')[0]!.value === '臺中市政府社會局')!;
    const fax = prop(board, 'TEL').find((p) => p.params.TYPE!.includes('FAX'))!;
    expect(fax.value).to.equal('+886422291810');
    const v4 = parseVCards(el.toVCard('4.0')).find((c) => prop(c, 'FN')[0]!.value === '長青福利科')!;
    expect(prop(v4, 'TEL')[0]!.value).to.equal('tel:+886422289111;ext=37401');
  });

  it('has a print stylesheet and prints every entry of the list, not a page of it', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    const printRules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    expect(printRules.length).to.be.greaterThan(0);
    const text = printRules.map((r) => r.cssText).join('\n');
    expect(text).to.include('.controls');
    expect(text).to.include('.print-title');
    const onScreen = $$(el, '.entry').length;
    expect(onScreen).to.be.lessThan(40);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, '.entry').length).to.equal(426);
    expect($$(el, '.group-toggle[aria-expanded="false"]').length).to.equal(0);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '.entry').length).to.equal(onScreen);
  });

  it('answers "whom do I call about" a benefit, with its own extensions', async () => {
    const el = await fixture<WelfareContactDirectory>(
      html`<welfare-contact-directory benefit="senior-middle-low-income-living-allowance"></welfare-contact-directory>`,
    );
    await ready(el);
    for (let i = 0; i < 40 && !$(el, '#benefit-heading'); i++) await new Promise((r) => setTimeout(r, 50));
    expect($(el, '#benefit-heading')!.textContent).to.include('中低收入老人生活津貼');
    const contact = $$(el, '.contact').find((c) => c.querySelector('h3')!.textContent!.includes('社會局長青福利科'))!;
    const links = hrefs(contact);
    expect(links).to.include('tel:+886422289111,37419');
    expect(links).to.include('tel:+886422289111,37421');
    // … and the division's own entry, with its range.
    expect(contact.querySelector('[data-entry="bureau-senior-welfare"]')).to.exist;
    expect(parseCsv(el.toCsv()).some((r) => r[1] === '長青福利科')).to.equal(true);
    await expect(el).to.be.accessible();
    ($$(el, '.benefit > .secondary').at(-1) as HTMLElement).click();
    await el.updateComplete;
    expect(el.benefit).to.equal('');
    expect($$(el, '.group').length).to.equal(23);
  });

  it('names the resident’s own district office for a benefit applied for there', async () => {
    const el = await fixture<WelfareContactDirectory>(
      html`<welfare-contact-directory benefit="senior-middle-low-income-living-allowance" district="和平區"></welfare-contact-directory>`,
    );
    await ready(el);
    for (let i = 0; i < 40 && !$(el, '#benefit-heading'); i++) await new Promise((r) => setTimeout(r, 50));
    const own = $$(el, '.contact').find((c) => c.querySelector('h3')!.textContent!.includes('戶籍所在地的區公所'));
    expect(own, 'the benefit is applied for at the district office').to.exist;
    expect(own!.querySelector('[data-entry="district-office-heping-social-affairs"]')).to.exist;
  });

  it('says when a benefit id is unknown', async () => {
    const el = await fixture<WelfareContactDirectory>(
      html`<welfare-contact-directory benefit="no-such-benefit" lang="en"></welfare-contact-directory>`,
    );
    await ready(el);
    for (let i = 0; i < 40 && !$(el, '[role="alert"]'); i++) await new Promise((r) => setTimeout(r, 50));
    expect($(el, '[role="alert"]')!.textContent).to.include('could not be found');
    await expect(el).to.be.accessible();
  });

  it('shows a contact when another element asks, and says which was selected', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    const selected = oneEvent(el, 'welfare-contact-select');
    document.dispatchEvent(new CustomEvent('welfare-show-contact', { detail: { organizationId: 'bureau-senior-welfare' } }));
    const event = await selected;
    expect(event.detail).to.deep.equal({ organizationId: 'bureau-senior-welfare' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['長青福利科']);
    expect(el.shadowRoot!.activeElement!.id).to.equal('focus-heading');
    await expect(el).to.be.accessible();
    ($(el, '.focus .secondary') as HTMLElement).click();
    await el.updateComplete;
    expect($$(el, '.group').length).to.equal(23);
  });

  it('offers "show on map" when a map is on the page, and tells the map which place', async () => {
    const map = document.createElement('welfare-service-map');
    document.body.append(map);
    try {
      const el = await fixture<WelfareContactDirectory>(
        html`<welfare-contact-directory district="和平區" category="district-office"></welfare-contact-directory>`,
      );
      await ready(el);
      const button = $(el, '.map-button')!;
      expect(button.textContent).to.include('和平區公所');
      const shown = oneEvent(el, 'welfare-show-on-map');
      button.click();
      const event = await shown;
      expect(event.detail.locationId).to.match(/^loc-heping-/);
      await expect(el).to.be.accessible();
    } finally {
      map.remove();
    }
  });

  it('emits welfare-contact-select when a number is called', async () => {
    const el = await fixture<WelfareContactDirectory>(
      html`<welfare-contact-directory category="district-office" district="和平區"></welfare-contact-directory>`,
    );
    await ready(el);
    const link = $(el, 'a.phone')!;
    const stop = (e: Event) => e.preventDefault();
    link.addEventListener('click', stop);
    const selected = oneEvent(el, 'welfare-contact-select');
    link.click();
    expect((await selected).detail).to.deep.equal({
      organizationId: 'district-office-heping',
      serviceId: 'district-office-heping-social-affairs',
    });
  });

  it('uses a newer directory from data-src, and goes back to the bundled one when a file is refused', async () => {
    const directory = structuredClone(await loadDirectory());
    directory.services[0]!.name['zh-Hant'] = '社會局（新版資料）';
    const bundle = (value: unknown) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
    const good = bundle({ format: 'welfare-navigator-data', version: 1, directory });
    const bad = bundle({ format: 'welfare-navigator-data', version: 1, directory: { services: 'nope' } });
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory data-src=${good}></welfare-contact-directory>`);
    for (let i = 0; i < 60 && !names(el).includes('社會局（新版資料）'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(names(el)).to.include('社會局（新版資料）');
    el.dataSrc = bad;
    for (let i = 0; i < 60 && !$(el, '[part="data-notice"]'); i++) await new Promise((r) => setTimeout(r, 50));
    expect($(el, '[part="data-notice"]')).to.exist;
    expect(names(el)).not.to.include('社會局（新版資料）');
    expect(names(el)).to.include('長青福利科');
  });

  it('shows English names where they exist and marks Chinese text', async () => {
    const el = await fixture<WelfareContactDirectory>(
      html`<welfare-contact-directory lang="en" district="heping"></welfare-contact-directory>`,
    );
    await ready(el);
    expect(names(el)).to.include('Senior Citizens Welfare Division');
    expect($(el, '.name-zh')!.getAttribute('lang')).to.equal('zh-Hant');
    expect($(el, '.address span')!.getAttribute('lang')).to.equal('zh-Hant');
    expect($(el, '[role="status"]')!.textContent).to.match(/Heping District/);
    expect(entry(el, 'bureau-senior-welfare')!.querySelector('a.phone')!.textContent).to.match(/ext\. 37401~37442/);
    await expect(el).to.be.accessible();
  });

  it('is compact when asked: names and numbers', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory compact></welfare-contact-directory>`);
    await ready(el);
    const meta = entry(el, 'bureau-senior-welfare')!.querySelector('.meta') as HTMLElement;
    expect(getComputedStyle(meta).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard: search, district, then a group and its numbers', async () => {
    const el = await fixture<WelfareContactDirectory>(html`<welfare-contact-directory></welfare-contact-directory>`);
    await ready(el);
    ($(el, '#search') as HTMLInputElement).focus();
    await sendKeys({ type: '區公所' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('district');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('category');
    // The download and print buttons, then the first group's toggle.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.classList.contains('group-toggle')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLAnchorElement).href).to.match(/^tel:\+8864/);
  });
});
