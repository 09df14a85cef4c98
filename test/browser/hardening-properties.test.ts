/**
 * Properties as frameworks and scripts set them (Vue's `.prop` binding hands
 * over null, numbers and objects), and search words of any length from an
 * attribute, a property or a link. Nothing throws; the element keeps working.
 */
import { expect } from '@open-wc/testing';
import '../../components/all.js';
import { mount, removeMounted, until, watchProblems, type ProblemWatch } from './helpers.js';

let watch: ProblemWatch;
let warnings: string[] = [];
let errors: string[] = [];

beforeEach(() => {
  watch = watchProblems();
  ({ warnings, errors } = watch);
  history.replaceState(null, '', location.pathname);
});
afterEach(() => {
  watch.stop();
  removeMounted();
  history.replaceState(null, '', location.pathname);
});

type LitLike = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;
const TAGS = ['welfare-benefit-finder', 'welfare-contact-directory', 'welfare-service-map', 'welfare-kiosk'];

/** The public, non-boolean properties an element declares. */
function textProperties(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean; type?: unknown }> };
  return [...ctor.elementProperties].filter(([, o]) => !o.state && o.type !== Boolean).map(([name]) => name);
}

const throwing = {
  toString() {
    throw new Error('no text');
  },
};
const VALUES: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['an object', { a: 1 }],
  ['an array', ['x']],
  ['a symbol', Symbol('s')],
  ['an object whose toString throws', throwing],
];

async function ready(el: HTMLElement): Promise<void> {
  await until(() => el.shadowRoot?.querySelector('[part=base]') && !el.shadowRoot.querySelector('.status--loading'));
}

describe('properties set to null, numbers or objects', function () {
  this.timeout(60000);
  for (const tag of TAGS) {
    it(`${tag}: every property takes every kind of value without throwing, and the element still works`, async () => {
      const el = mount(tag, {}) as LitLike;
      await ready(el);
      const names = textProperties(tag);
      expect(names.length).to.be.greaterThan(3);
      for (const name of names) {
        for (const [label, value] of VALUES) {
          el[name] = value;
          try {
            await el.updateComplete;
          } catch (error) {
            throw new Error(`${tag}.${name} = ${label}: ${String(error)}`, { cause: error });
          }
          expect(errors, `${tag}.${name} = ${label}`).to.deep.equal([]);
        }
        el[name] = typeof el[name] === 'number' ? Number.NaN : '';
        await el.updateComplete;
      }
      // Still alive: the base renders and a real value takes effect.
      expect(el.shadowRoot!.querySelector('[part=base]')).to.exist;
      if (tag === 'welfare-benefit-finder' || tag === 'welfare-contact-directory') {
        el.query = '老人';
        await until(() => el.shadowRoot!.querySelector('.result, .entry, [part=entry], li'));
      }
    });
  }
});

describe('search words of any length', function () {
  this.timeout(30000);

  for (const tag of ['welfare-benefit-finder', 'welfare-contact-directory']) {
    it(`${tag}: a query attribute of 100,000 letters is cut to 200 with one warning; the field takes at most 200`, async () => {
      const el = mount(tag, { query: 'a'.repeat(100_000) }) as LitLike;
      await ready(el);
      expect((el.query as string).length).to.equal(200);
      expect(
        warnings.filter((w) => w.includes('200')),
        warnings.join('\n'),
      ).to.have.length(1);
      expect(el.shadowRoot!.querySelector('input[type=search]')!.getAttribute('maxlength')).to.equal('200');
      expect(errors).to.deep.equal([]);
    });
  }

  it('welfare-benefit-finder: #wn-q= with a million letters shows the list, not 載入中 forever', async () => {
    history.replaceState(null, '', `${location.pathname}#wn-q=${'b'.repeat(1_000_000)}`);
    const el = mount('welfare-benefit-finder', { 'sync-url': '' }) as LitLike;
    await ready(el);
    expect((el.query as string).length).to.equal(200);
    expect(errors).to.deep.equal([]);
  });
});
