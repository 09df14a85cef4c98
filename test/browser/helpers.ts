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
