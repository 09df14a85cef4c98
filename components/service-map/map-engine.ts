/**
 * Everything that touches maplibre-gl, loaded as a lazy chunk by map-loader.ts.
 * The element keeps its state (filter, selection, district) and tells the
 * engine what to draw; the engine tells the element what was clicked.
 */
import {
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { maplibreCss } from '../../src/generated/maplibre-css.js';
import { maplibreWorkerSource } from '../../src/generated/maplibre-worker.js';
import { TextAttributionControl } from './text-attribution.js';
import {
  LAYERS,
  MAX_BOUNDS,
  SOURCES,
  districtFilter,
  overlay,
  resolveBasemap,
  styleFontStack,
  withOverlay,
  type Basemap,
} from '../../src/geo/map-style.js';
import { collectionBounds, featureBounds, type DistrictsGeo } from '../../src/geo/service-points.js';
import type { LonLat } from '../../src/geo/distance.js';

let workerUrl: string | undefined;

/**
 * maplibre-gl looks for its worker next to its own module, which a bundle does
 * not have; we start it from a blob: URL of the bundled worker code instead
 * (CSP: `worker-src blob:`). The URL stays valid: the pool may restart workers.
 */
function ensureWorker(): void {
  if (workerUrl) return;
  workerUrl = URL.createObjectURL(new Blob([maplibreWorkerSource], { type: 'text/javascript' }));
  setWorkerUrl(trustedWorkerUrl(workerUrl));
}

/**
 * The Trusted Types policy that vouches for the map's worker URL. A page that
 * enforces Trusted Types (`require-trusted-types-for 'script'`) allows it by
 * name: `trusted-types lit-html welfare-navigator-map` (docs/embedding.md).
 */
export const MAP_WORKER_POLICY = 'welfare-navigator-map';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (value: string) => string }): { createScriptURL(value: string): unknown };
}

/**
 * `url` as a TrustedScriptURL where the browser has Trusted Types, so that
 * MapLibre's `new Worker(url)` passes an enforcing page; the policy turns
 * down any other URL. Where the page does not allow the policy, the plain
 * URL is used: the worker is then refused and the map says it cannot be shown.
 */
function trustedWorkerUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  try {
    const policy = factory.createPolicy(MAP_WORKER_POLICY, {
      createScriptURL: (value) => {
        if (value !== url) throw new TypeError(`${MAP_WORKER_POLICY} vouches only for the map's own worker`);
        return value;
      },
    });
    // MapLibre looks at the URL's ending (a string's endsWith and split) and
    // passes it on to `new Worker()`, which takes the trusted value.
    const trusted = policy.createScriptURL(url) as object;
    return Object.assign(trusted, { endsWith: url.endsWith.bind(url), split: url.split.bind(url) }) as unknown as string;
  } catch {
    return url;
  }
}

let sheet: CSSStyleSheet | undefined;

/** Puts maplibre-gl's CSS into the element's shadow root (and nowhere else). */
export function adoptMapStyles(root: ShadowRoot): void {
  sheet ??= (() => {
    const s = new CSSStyleSheet();
    s.replaceSync(maplibreCss);
    return s;
  })();
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

export interface MapEngineOptions {
  container: HTMLElement;
  geo: DistrictsGeo;
  basemap: Basemap;
  /** Credit for the district boundaries. */
  boundariesAttribution: string;
  center?: LonLat | null;
  zoom?: number | null;
  reducedMotion: boolean;
  /** maplibre-gl's own interface strings (Map.Title, NavigationControl.ZoomIn, …) in the element's language. */
  strings: Record<string, string>;
  onPinClick(id: string): void;
  /** A district or (approximate: true) its badge of places known only to the district was clicked. */
  onDistrictClick(id: string, approximate?: boolean): void;
  /** `fatal`: the map cannot be used (WebGL lost); otherwise, e.g., an online basemap failed and the offline one is shown. */
  onProblem(error: Error, fatal: boolean): void;
}

interface DrawState {
  pins: FeatureCollection;
  labels: FeatureCollection;
  selected: FeatureCollection;
  origin: FeatureCollection;
  district: string;
  approxDistrict: string;
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
const pointCollection = (p: LonLat | null): FeatureCollection<Point> => ({
  type: 'FeatureCollection',
  features: p ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p[0], p[1]] } }] : [],
});

export class MapEngine {
  readonly map: MapLibreMap;
  /** Resolves when the style and the first data have rendered. */
  readonly ready: Promise<void>;
  private readonly state: DrawState = {
    pins: empty(),
    labels: empty(),
    selected: empty(),
    origin: empty(),
    district: '',
    approxDistrict: '',
  };
  private basemap: Basemap;
  private fellBack = false;
  private failReady: (error: Error) => void = () => {};
  private styleLoaded = false;

  constructor(private readonly options: MapEngineOptions) {
    ensureWorker();
    this.basemap = options.basemap;
    const bounds = collectionBounds(options.geo.features);
    const hasView = options.center && options.zoom !== null && options.zoom !== undefined;
    this.map = new MapLibreMap({
      container: options.container,
      ...(typeof this.basemap.base === 'string' ? {} : { style: this.objectStyle(this.basemap) }),
      ...(hasView
        ? { center: [options.center![0], options.center![1]], zoom: options.zoom! }
        : { bounds, fitBoundsOptions: { padding: 12 } }),
      ...(options.center && !hasView ? { center: [options.center[0], options.center[1]] } : {}),
      ...(options.zoom !== null && options.zoom !== undefined && !hasView ? { zoom: options.zoom } : {}),
      maxBounds: MAX_BOUNDS,
      minZoom: 6,
      maxZoom: 18,
      attributionControl: false,
      cooperativeGestures: true,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: options.reducedMotion ? 0 : 300,
      locale: options.strings,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    if (typeof this.basemap.base === 'string') this.loadUrlStyle(this.basemap.base);
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new TextAttributionControl(), 'bottom-right');
    this.ready = new Promise((resolve, reject) => {
      this.map.once('load', () => resolve());
      this.failReady = reject;
    });
    this.map.on('style.load', () => {
      this.styleLoaded = true;
      this.applyState();
    });
    this.map.on('click', (e) => this.onClick(e));
    this.map.on('mousemove', (e) => {
      this.map.getCanvas().style.cursor = this.hit(e).length ? 'pointer' : '';
    });
    this.map.on('error', (e) => this.onError(e.error instanceof Error ? e.error : new Error(String(e.error?.message ?? 'map error'))));
    this.map.on('webglcontextlost', () => {
      const error = new Error('WebGL context lost');
      this.failReady(error);
      options.onProblem(error, true);
    });
  }

  private objectStyle(basemap: Basemap): StyleSpecification {
    return withOverlay(
      basemap.base as StyleSpecification,
      overlay({
        geo: this.options.geo,
        fontStack: basemap.fontStack,
        opaqueDistricts: basemap.opaqueDistricts,
        boundariesAttribution: this.options.boundariesAttribution,
      }),
    );
  }

  private loadUrlStyle(url: string): void {
    const basemap = this.basemap;
    this.map.setStyle(url, {
      transformStyle: (_previous, next) => {
        const style = { ...next, sources: { ...next.sources }, layers: [...next.layers] } as StyleSpecification;
        if (basemap.attribution) {
          const first = Object.values(style.sources)[0];
          if (first && 'attribution' in first && !first.attribution) first.attribution = basemap.attribution;
        }
        return withOverlay(
          style,
          overlay({
            geo: this.options.geo,
            fontStack: styleFontStack(style) ?? basemap.fontStack,
            opaqueDistricts: false,
            boundariesAttribution: [this.options.boundariesAttribution, basemap.attribution].filter(Boolean).join(' | '),
          }),
        );
      },
    });
  }

  private onError(err: Error): void {
    // No worker (e.g. a CSP without `worker-src blob:`): nothing can be drawn.
    if (/worker/i.test(err.message)) {
      this.failReady(err);
      this.options.onProblem(err, true);
      return;
    }
    // An online basemap that cannot be reached: the offline map, once.
    if (!this.styleLoaded && this.basemap.kind !== 'offline' && !this.fellBack) {
      this.fellBack = true;
      this.basemap = resolveBasemap('offline')!;
      this.map.setStyle(this.objectStyle(this.basemap));
      this.options.onProblem(err, false);
      return;
    }
    console.warn('welfare-service-map: map error', err);
  }

  /** Features under a click, with some slack for fingers. */
  private hit(e: MapMouseEvent): MapGeoJSONFeature[] {
    if (!this.styleLoaded) return [];
    const { x, y } = e.point;
    const slack = 10;
    const near = this.map.queryRenderedFeatures(
      [
        [x - slack, y - slack],
        [x + slack, y + slack],
      ],
      { layers: [LAYERS.pins, LAYERS.clusters] },
    );
    if (near.length) return near;
    const badge = this.map.queryRenderedFeatures(
      [
        [x - slack, y - slack],
        [x + slack, y + slack],
      ],
      { layers: [LAYERS.districtBadges] },
    );
    if (badge.length) return badge;
    return this.map.queryRenderedFeatures(e.point, { layers: [LAYERS.districtLabels, LAYERS.districtFill] });
  }

  private onClick(e: MapMouseEvent): void {
    const feature = this.hit(e)[0];
    if (!feature) return;
    if (feature.layer.id === LAYERS.pins) {
      this.options.onPinClick(String(feature.properties['id']));
    } else if (feature.layer.id === LAYERS.clusters) {
      const source = this.map.getSource<GeoJSONSource>(SOURCES.pins);
      const clusterId = Number(feature.properties['cluster_id']);
      const center = (feature.geometry as Point).coordinates as [number, number];
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => this.moveTo({ center, zoom: Math.min(zoom, 16) }));
    } else if (feature.layer.id === LAYERS.districtBadges) {
      this.options.onDistrictClick(String(feature.properties['id']), true);
    } else {
      this.options.onDistrictClick(String(feature.properties['id']));
    }
  }

  private applyState(): void {
    if (!this.styleLoaded) return;
    const set = (id: string, data: FeatureCollection) => this.map.getSource<GeoJSONSource>(id)?.setData(data);
    set(SOURCES.pins, this.state.pins);
    set(SOURCES.districtLabels, this.state.labels);
    set(SOURCES.selected, this.state.selected);
    set(SOURCES.origin, this.state.origin);
    this.map.setFilter(LAYERS.districtSelectedFill, districtFilter(this.state.district));
    this.map.setFilter(LAYERS.districtSelectedOutline, districtFilter(this.state.district));
    this.map.setFilter(LAYERS.districtApproxOutline, districtFilter(this.state.approxDistrict));
  }

  setPins(pins: FeatureCollection): void {
    this.state.pins = pins;
    this.applyState();
  }

  setDistrictLabels(labels: FeatureCollection): void {
    this.state.labels = labels;
    this.applyState();
  }

  /** The chosen district ('' for none), and the district of a selected place that has no exact point. */
  setDistricts(district: string, approxDistrict: string): void {
    this.state.district = district;
    this.state.approxDistrict = approxDistrict;
    this.applyState();
  }

  setSelectedPin(point: LonLat | null): void {
    this.state.selected = pointCollection(point);
    this.applyState();
  }

  setOrigin(point: LonLat | null): void {
    this.state.origin = pointCollection(point);
    this.applyState();
  }

  private moveTo(camera: { center: [number, number]; zoom: number }): void {
    if (this.options.reducedMotion) this.map.jumpTo(camera);
    else this.map.easeTo({ ...camera, duration: 600 });
  }

  /** Brings a point into view (zooming in to street level), without animation when motion is reduced. */
  showPoint(point: LonLat, zoom = 15): void {
    const target = Math.max(this.map.getZoom(), zoom);
    if (this.options.reducedMotion) this.map.jumpTo({ center: [point[0], point[1]], zoom: target });
    else this.map.flyTo({ center: [point[0], point[1]], zoom: target, duration: 900 });
  }

  /** Fits a district into view, with the places that serve it from elsewhere (和平區 and its centres in 東勢, 石岡). */
  showDistrict(id: string, serving: readonly LonLat[] = []): void {
    const feature = this.options.geo.features.find((f) => f.properties.id === id);
    if (!feature) return;
    const [[w, s], [e, n]] = featureBounds(feature);
    const lons = [w, e, ...serving.map((p) => p[0])];
    const lats = [s, n, ...serving.map((p) => p[1])];
    this.map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding: 24, maxZoom: 13, animate: !this.options.reducedMotion, duration: 700 },
    );
  }

  /** Fits a set of points (e.g. "near me" and the nearest places). */
  showPoints(points: readonly LonLat[]): void {
    if (!points.length) return;
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    this.map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding: 40, maxZoom: 15, animate: !this.options.reducedMotion, duration: 700 },
    );
  }

  /** Shows the whole city. */
  showAll(): void {
    this.map.fitBounds(collectionBounds(this.options.geo.features), { padding: 12, animate: !this.options.reducedMotion });
  }

  /** Renames the canvas and controls when the element's language changes. */
  setStrings(strings: Record<string, string>): void {
    const canvas = this.map.getCanvas();
    if (strings['Map.Title']) canvas.setAttribute('aria-label', strings['Map.Title']);
    const container = this.map.getContainer();
    const label = (selector: string, key: string) => {
      const button = container.querySelector<HTMLElement>(selector);
      if (button && strings[key]) {
        button.title = strings[key];
        button.setAttribute('aria-label', strings[key]);
      }
    };
    label('.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn');
    label('.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut');
    label('.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution');
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}

export function createMapEngine(options: MapEngineOptions): MapEngine {
  return new MapEngine(options);
}

export interface MapEngineModule {
  createMapEngine: typeof createMapEngine;
  adoptMapStyles: typeof adoptMapStyles;
}
