/**
 * The map's credits as plain text. MapLibre's own AttributionControl parses
 * each source's attribution as HTML (DOMParser), which a page that enforces
 * Trusted Types refuses: the map then fails. Credits are words; a remote
 * style's markup is reduced to its text here, and nothing is parsed as HTML.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©' };

/** `<a href="…">© OpenMapTiles</a>` → `© OpenMapTiles`. */
export function attributionText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export class TextAttributionControl implements IControl {
  private map?: MapLibreMap;
  private container?: HTMLElement;
  private readonly update = () => {
    if (!this.map || !this.container) return;
    const sources = Object.values(this.map.getStyle()?.sources ?? {});
    const credits = [
      ...new Set(
        sources.map((s) => ('attribution' in s && typeof s.attribution === 'string' ? attributionText(s.attribution) : '')).filter(Boolean),
      ),
    ];
    const text = credits.join(' | ');
    if (this.container.textContent !== text) this.container.textContent = text;
    this.container.hidden = !text;
  };

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const outer = document.createElement('div');
    outer.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl-attrib-inner';
    outer.append(this.container);
    map.on('styledata', this.update);
    map.on('sourcedata', this.update);
    this.update();
    return outer;
  }

  onRemove(): void {
    this.map?.off('styledata', this.update);
    this.map?.off('sourcedata', this.update);
    this.container?.parentElement?.remove();
    this.map = undefined;
    this.container = undefined;
  }
}
