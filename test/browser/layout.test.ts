/**
 * Every element on a 360 px phone and at 200% zoom (a 1280 × 800 window is
 * 640 × 400 CSS px): nothing wider than the screen, and touch targets of at
 * least 44 × 44 px.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/all.js';

const VIEWPORTS = [
  { name: '360 px phone', width: 360, height: 740 },
  { name: '200% zoom', width: 640, height: 400 },
];

interface State {
  name: string;
  html: string;
  /** Shown once the state has rendered. */
  ready: string;
  /** What a person does to reach the state, once the element has rendered. */
  prepare?: (root: ShadowRoot) => Promise<void>;
}

/** A family of four, answered, as a share link that opens on the results. */
const FAMILY = JSON.stringify({
  members: [
    { role: 'self', facts: { age: 40, female: false, employed: true, registeredInTaichung: true, livesInTaichung: true } },
    { role: 'partner', facts: { age: 38, female: true, employed: true, registeredInTaichung: true, livesInTaichung: true } },
    {
      role: 'child',
      facts: { age: 8, schoolStage: 'elementary', developmentalDelay: true, registeredInTaichung: true, livesInTaichung: true },
    },
    { role: 'parent', facts: { age: 68, female: true, employed: false, registeredInTaichung: true, livesInTaichung: true } },
  ],
  facts: { householdStatus: 'middle-low-income' },
});
const RESULTS_LINK = `#wq-h=${encodeURIComponent(FAMILY)}&wq-v=r`;

/** The roster with four rows, a child's among them (a school stage, every tick). */
async function rosterOfFour(root: ShadowRoot): Promise<void> {
  const host = root.host as HTMLElement & { updateComplete: Promise<unknown> };
  root.querySelector<HTMLElement>('[data-action=start]')!.click();
  await until(() => root.querySelector('form.roster'));
  for (let i = 0; i < 3; i++) {
    root.querySelector<HTMLElement>('[data-action=add-member]')!.click();
    await host.updateComplete;
  }
  const ages = ['40', '38', '8', '68'];
  root.querySelectorAll<HTMLInputElement>('[data-field=age]').forEach((input, i) => {
    input.value = ages[i]!;
    input.dispatchEvent(new Event('input'));
  });
  await host.updateComplete;
}

const STATES: State[] = [
  { name: 'finder list', html: '<welfare-benefit-finder query="老人"></welfare-benefit-finder>', ready: '.result' },
  {
    name: 'finder detail',
    html: '<welfare-benefit-finder district="豐原區" benefit="disability-living-allowance"></welfare-benefit-finder>',
    ready: '.source',
  },
  { name: 'quiz first screen', html: '<welfare-eligibility-quiz></welfare-eligibility-quiz>', ready: 'button' },
  {
    name: 'quiz roster of four',
    html: '<welfare-eligibility-quiz></welfare-eligibility-quiz>',
    ready: 'form.roster [data-member=m4]',
    prepare: rosterOfFour,
  },
  {
    name: 'quiz results of a family of four',
    html: `<welfare-eligibility-quiz answers="${RESULTS_LINK}"></welfare-eligibility-quiz>`,
    ready: '.results [data-section=by-member]',
    prepare: async (root) => {
      // The not-eligible group open too, and the next steps loaded.
      await until(() => root.querySelector('.results a[href^="tel:"]'));
      root.querySelector<HTMLDetailsElement>('details[data-group=unlikely]')!.open = true;
    },
  },
  { name: 'directory', html: '<welfare-contact-directory district="fengyuan"></welfare-contact-directory>', ready: '.entry' },
  { name: 'map list', html: '<welfare-service-map district="fengyuan"></welfare-service-map>', ready: '.place-button, .service-name' },
];

const TARGETS = 'button, select, input:not([type=checkbox]):not([type=radio]), summary, a.phone, [role=tab]';

async function until(what: () => unknown, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!what()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('layout on small screens', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const viewport of VIEWPORTS) {
    for (const state of STATES) {
      it(`${state.name}, ${viewport.name}: fits the width, targets ≥ 44 px`, async () => {
        await setViewport({ width: viewport.width, height: viewport.height });
        const host = document.createElement('div');
        host.innerHTML = state.html;
        document.body.append(host);
        try {
          const el = host.firstElementChild as HTMLElement;
          const root = el.shadowRoot!;
          if (state.prepare) {
            await until(() => root.querySelector('[part=step]') && !root.querySelector('.status--loading'));
            await state.prepare(root);
          }
          await until(() => root.querySelector(state.ready) && !root.querySelector('.status--loading'));
          await new Promise((r) => requestAnimationFrame(r));
          expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(viewport.width);
          const tooWide = [...root.querySelectorAll<HTMLElement>('*')]
            .filter((n) => n.getBoundingClientRect().right > viewport.width + 1 && !n.closest('.maplibregl-map'))
            .map((n) => `${n.localName}.${n.className}`);
          expect(tooWide, 'wider than the screen').to.deep.equal([]);
          const small = [...root.querySelectorAll<HTMLElement>(TARGETS)]
            .filter((t) => t.offsetParent !== null && !t.closest('.maplibregl-map'))
            .map((t) => ({ t, r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
            .map(
              ({ t, r }) =>
                `${t.localName}.${t.className} "${t.textContent!.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
            );
          expect(small, 'targets under 44 px').to.deep.equal([]);
        } finally {
          host.remove();
        }
      });
    }
  }
});
