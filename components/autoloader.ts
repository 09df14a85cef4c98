/**
 * Registers each element when its tag first appears on the page, so a page
 * loads only the code of the elements it uses: a page with only
 * `<welfare-service-map>` never fetches the finder, quiz, directory or kiosk.
 * Tags added later (by a framework, a CMS widget, a tab opened later) are
 * found by a MutationObserver on the document. Elements inside another
 * component's shadow root are not seen: call `discover(shadowRoot)` for them,
 * or load `welfare-navigator/all`, which registers every element at once.
 */

/** Each tag and the module that registers it (each module registers what it uses itself). */
const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'welfare-benefit-finder': () => import('./benefit-finder/benefit-finder.js'),
  'welfare-eligibility-quiz': () => import('./eligibility-quiz/eligibility-quiz.js'),
  'welfare-contact-directory': () => import('./contact-directory/contact-directory.js'),
  'welfare-service-map': () => import('./service-map/service-map.js'),
  'welfare-kiosk': () => import('./kiosk/kiosk.js'),
  'welfare-qr-code': () => import('./base/qr-code.js'),
};

/** The tags this entry can register. */
export const AUTOLOADED_TAGS: readonly string[] = Object.freeze(Object.keys(LOADERS));

const loading = new Map<string, Promise<void>>();

/**
 * Loads the module of `tag` once. A module that fails to load (the network
 * dropped) is forgotten, so the next appearance of the tag tries again; the
 * element stays an empty unknown element meanwhile and the page is unharmed.
 */
function load(tag: string): Promise<void> {
  const loader = LOADERS[tag];
  if (!loader || typeof customElements === 'undefined' || customElements.get(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = loader().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        console.error(`welfare-navigator: the code of <${tag}> could not be loaded`, error);
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/** Registers every kit element found in `root` (itself included, when an element) that is not registered yet. */
export function discover(root: ParentNode | Element): Promise<void> {
  const tags = new Set<string>();
  if ('localName' in root && root.localName in LOADERS) tags.add(root.localName);
  for (const el of root.querySelectorAll(AUTOLOADED_TAGS.join(','))) tags.add(el.localName);
  return Promise.all([...tags].map(load)).then(() => undefined);
}

/** Registers every element now, whether or not the page shows it (the eager opt-in for this entry). */
export function defineAll(): Promise<void> {
  return Promise.all(AUTOLOADED_TAGS.map(load)).then(() => undefined);
}

let observer: MutationObserver | undefined;

/** Registers the elements already on the page and watches for new ones. Does nothing without a DOM (a server render). */
export function startAutoloader(): void {
  if (observer || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) void discover(node as Element);
    }
    if (AUTOLOADED_TAGS.every((tag) => customElements.get(tag) || loading.has(tag))) stopAutoloader();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  void discover(document);
}

/** Stops watching the page (elements already registered stay registered). */
export function stopAutoloader(): void {
  observer?.disconnect();
  observer = undefined;
}
