/** Small helpers the browser tests share: mounting by tag name, and waiting for a condition. */

const mounted: HTMLElement[] = [];

/** Adds `<tag attributes…>` to the page; removeMounted() takes every one away again. */
export function mount(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  mounted.push(el);
  return el;
}

export function keepForCleanup(el: HTMLElement): void {
  mounted.push(el);
}

export function removeMounted(): void {
  mounted.splice(0).forEach((el) => el.remove());
}

/** Polls `what` until it gives something truthy, and returns that. */
export async function until<T>(what: () => T | null | undefined | false, timeoutMs = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = what();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What went wrong while a test ran: console warnings and uncaught errors. */
export interface ProblemWatch {
  warnings: string[];
  errors: string[];
  stop(): void;
}

/** Records console warnings (instead of printing them) and uncaught errors until stop(). */
export function watchProblems(): ProblemWatch {
  const original = console.warn;
  const watch: ProblemWatch = { warnings: [], errors: [], stop };
  const onError = (e: ErrorEvent) => watch.errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => watch.errors.push(String(e.reason));
  console.warn = (...args: unknown[]) => void watch.warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  function stop(): void {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return watch;
}
