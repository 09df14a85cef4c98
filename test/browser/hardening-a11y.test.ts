/**
 * Accessibility defects found in a walk-through with axe and by hand: a
 * pressed chip under the pointer, selected states in forced colours, the
 * kiosk at 200% zoom, and the district-office page's two searches.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../components/all.js';
import type { WelfareKiosk } from '../../components/kiosk/kiosk.component.js';
import { mount, removeMounted, until } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** sRGB relative luminance of a computed `rgb(…)` or `color(srgb …)` colour. */
function luminance(color: string): number {
  const scale = color.startsWith('color(') ? 1 : 255;
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / scale;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(element: Element): number {
  const style = getComputedStyle(element);
  const [a, b] = [luminance(style.color), luminance(style.backgroundColor)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
function center(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

afterEach(async () => {
  removeMounted();
  await sendMouse({ type: 'move', position: [0, 0] });
});

describe('a pressed finder chip', () => {
  it('keeps its contrast when the pointer is on it', async () => {
    const el = mount('welfare-benefit-finder', {});
    const chip = await until(() => $(el, '.chip:not([disabled])'));
    chip.click();
    await until(() => chip.getAttribute('aria-pressed') === 'true');
    await sendMouse({ type: 'move', position: center(chip) });
    await nextFrame();
    expect(chip.matches(':hover')).to.equal(true);
    expect(contrast(chip)).to.be.greaterThan(4.5);
  });
});

describe('forced colours (Windows high contrast)', () => {
  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));

  it('show a pressed finder chip apart from the others', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = mount('welfare-benefit-finder', {});
    const [pressed, other] = await until(() => {
      const chips = el.shadowRoot!.querySelectorAll<HTMLElement>('.chip');
      return chips.length > 1 ? [chips[0]!, chips[1]!] : null;
    });
    pressed.click();
    await until(() => pressed.getAttribute('aria-pressed') === 'true');
    expect(getComputedStyle(pressed).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
  });

  it("show the kiosk's chosen language, larger text, contrast and current view apart", async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    await el.updateComplete;
    $(el, '[data-action=text-size]')!.click();
    $(el, '[data-action=contrast]')!.click();
    await el.updateComplete;
    // What shows behind each button: a transparent one shows its header's colour.
    const background = (selector: string) => {
      let node: Element | null = $(el, selector);
      while (node) {
        const color = getComputedStyle(node).backgroundColor;
        if (!/^rgba\(.*, 0\)$|^transparent$/.test(color)) return color;
        node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
      }
      return '';
    };
    const plain = background('[data-action=start-over]');
    for (const selector of ['[data-lang="zh-Hant"]', '[data-action=text-size]', '[data-action=contrast]', '[data-action=home]']) {
      expect(background(selector), selector).not.to.equal(plain);
    }
    expect(background('[data-lang=en]')).to.equal(plain);
    el.reset();
  });
});

describe('the kiosk at 200% zoom (640 × 400)', () => {
  before(() => setViewport({ width: 640, height: 400 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('leaves the view to the visitor: what is scrolled to can be tapped, the crisis line stays on screen', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    await el.show('directory');
    const directory = $(el, 'welfare-contact-directory')!;
    const search = await until(() => directory.shadowRoot?.querySelector<HTMLInputElement>('#search'));
    search.scrollIntoView({ block: 'center' });
    await nextFrame();
    const [x, y] = center(search);
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    expect(hit, 'the search field, not the header or the crisis line').to.equal(search);
    const onScreen = (r: DOMRect) => Math.max(0, Math.min(r.bottom, 400) - Math.max(r.top, 0));
    const crisis = $(el, '[part=crisis]')!.getBoundingClientRect();
    const header = $(el, '[part=header]')!.getBoundingClientRect();
    expect(crisis.bottom, 'the crisis line stays on screen').to.be.at.most(400.5);
    expect(onScreen(crisis)).to.be.greaterThan(50);
    // The view gets two thirds of the window at least.
    expect(onScreen(header) + onScreen(crisis)).to.be.at.most(400 / 3);
    el.reset();
  });
});

describe('the district-office page: finder and directory together', () => {
  it('names each search landmark after its own field', async () => {
    const finder = mount('welfare-benefit-finder', {});
    const directory = mount('welfare-contact-directory', {});
    const names = await until(() => {
      const forms = [finder, directory].map((e) => e.shadowRoot?.querySelector('[role=search]'));
      if (forms.some((f) => !f)) return null;
      return forms.map((form) => {
        const id = form!.getAttribute('aria-labelledby');
        return id ? (form!.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.trim() : form!.getAttribute('aria-label');
      });
    });
    expect(names[0]).to.be.a('string').and.not.equal('');
    expect(names[1]).to.be.a('string').and.not.equal('');
    expect(names[0]).not.to.equal(names[1]);
  });

  for (const [tag, query, shown] of [
    ['welfare-benefit-finder', '老人', '.result-button'],
    ['welfare-contact-directory', '區公所', '.count-line'],
  ] as const) {
    it(`${tag} on a phone: Enter brings what was found into view and reads it`, async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const spacer = mount('div', {});
        spacer.style.height = '500px';
        const el = mount(tag, {});
        const input = await until(() => el.shadowRoot?.querySelector<HTMLInputElement>('#search'));
        await until(() => !el.shadowRoot!.querySelector('.status--loading'));
        input.focus();
        await sendKeys({ type: query });
        await sendKeys({ press: 'Enter' });
        const target = await until(() => {
          const t = el.shadowRoot!.querySelector<HTMLElement>(shown);
          return t && el.shadowRoot!.activeElement === t ? t : null;
        }, 3000);
        const box = target.getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(640);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
