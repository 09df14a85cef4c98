/**
 * A seeded, bounded fuzz of the elements' public surface: every attribute
 * and property each element declares is set, in a random order, to values
 * from a generator of hostile values (markup, huge and odd numbers, names of
 * Object's own properties, objects, symbols, values whose toString throws).
 * After each run: no uncaught error, the element still answers a click, and
 * nothing of the values was rendered as markup. The seed is in the test's
 * name; a failure replays with the same seed.
 */
import { expect } from '@open-wc/testing';
import '../../components/all.js';
import { seededRandom } from '../../bench/stats.js';
import { keepForCleanup, removeMounted, until, watchProblems, type ProblemWatch } from './helpers.js';

const SEED = 20_261_203;
const ROUNDS = 40;
const TAGS = [
  'welfare-benefit-finder',
  'welfare-eligibility-quiz',
  'welfare-contact-directory',
  'welfare-service-map',
  'welfare-kiosk',
  'welfare-qr-code',
];

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
/** Strings a page, a link or a crafted attribute may hold. */
const HOSTILE_TEXT = [
  '',
  ' ',
  MARKUP,
  `"><svg onload="window.__pwned=3">`,
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'http://[bad',
  '__proto__',
  'constructor',
  'toString',
  '-1',
  '-5',
  '0',
  '1e309',
  '1e12',
  'NaN',
  'Infinity',
  '\u0000\u202e\ud800',
  '😀'.repeat(50),
  'a'.repeat(300),
  '豐原區',
  'fengyuan',
  '火星區',
  '120.68,24.15',
  '9999,9999',
  'older-people,,martians',
  '{"householdStatus":"low-income"}',
  '{"members":[{"role":"self","facts":{"age":999}}]}',
  '{"members":[],"facts":{}}',
  `{"members":[{"role":"self","facts":{"__proto__":{"x":1}}}]}`,
  '#wq-h=%7B&wq-k=a~b',
  'en',
  'xx-YY',
  '#wn-q=x&wq-a=y',
];
const throwing = {
  toString() {
    throw new Error('toString');
  },
  valueOf() {
    throw new Error('valueOf');
  },
};
/** Values only a property can hold. */
const HOSTILE_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  Number.NaN,
  Infinity,
  1e308,
  true,
  false,
  {},
  [],
  [MARKUP],
  { toString: () => MARKUP },
  throwing,
  Symbol('fuzz'),
  () => MARKUP,
];

/** The attributes and properties an element declares (its public surface, as in custom-elements.json). */
function surface(tag: string): { property: string; attribute?: string }[] {
  const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean; attribute?: string | boolean }> };
  return [...ctor.elementProperties]
    .filter(([, options]) => !options.state)
    .map(([property, options]) => ({
      property,
      attribute:
        options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : property.toLowerCase(),
    }));
}

/** Every element under `root`, inside every open shadow root too. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

/** Resolves with the element's next update, or says it never came. */
async function updated(el: HTMLElement & { updateComplete: Promise<unknown> }, what: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    el.updateComplete,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no update within 3 s (frozen)`)), 3000))),
  ]).finally(() => clearTimeout(timer));
}

describe(`fuzz of attributes and properties (seed ${SEED}, ${ROUNDS} rounds an element)`, function () {
  this.timeout(60000);

  // The elements warn once per bad value, as they should; the warnings are not the subject here.
  let watch: ProblemWatch;
  beforeEach(() => (watch = watchProblems()));
  afterEach(() => {
    watch.stop();
    removeMounted();
    history.replaceState(null, '', location.pathname);
  });

  for (const [n, tag] of TAGS.entries()) {
    it(`${tag}: no uncaught error, still answers a click, no markup from values`, async () => {
      const next = seededRandom(SEED + n);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      // Far below the fold: the map must not start MapLibre for this.
      const box = document.createElement('div');
      box.style.marginTop = '20000px';
      document.body.append(box);
      keepForCleanup(box);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
      box.append(el);
      await until(() => el.shadowRoot?.childElementCount);
      const members = surface(tag);
      expect(members.length, 'declared attributes and properties').to.be.greaterThan(1);
      const log: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const member = pick(members);
        const asAttribute = member.attribute !== undefined && next() < 0.5;
        if (asAttribute) {
          const value = pick(HOSTILE_TEXT);
          log.push(`[${member.attribute}]=${JSON.stringify(value.slice(0, 40))}`);
          el.setAttribute(member.attribute!, value);
        } else {
          const value = next() < 0.5 ? pick(HOSTILE_TEXT) : pick(HOSTILE_VALUES);
          log.push(
            `.${member.property}=${typeof value === 'symbol' ? 'Symbol' : typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value}`,
          );
          try {
            el[member.property] = value;
          } catch (error) {
            throw new Error(`setting ${log.at(-1)} threw: ${String(error)}\n${log.join('\n')}`, { cause: error });
          }
        }
        if (round % 5 === 4) await updated(el, log.join('\n'));
      }
      await updated(el, log.join('\n'));
      await new Promise((r) => setTimeout(r, 200));
      expect(watch.errors, log.join('\n')).to.deep.equal([]);
      // Still alive: a click on one of its buttons is answered with an update.
      const button = deepAll(el.shadowRoot!, 'button:not([disabled])')[0] as HTMLButtonElement | undefined;
      if (button) {
        button.click();
        await updated(el, `click after\n${log.join('\n')}`);
      }
      el.setAttribute('lang', 'en');
      await updated(el, `lang after\n${log.join('\n')}`);
      expect(watch.errors, log.join('\n')).to.deep.equal([]);
      expect(deepAll(el.shadowRoot!, 'img, script:not([type]), svg[onload]'), log.join('\n')).to.deep.equal([]);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }
});
