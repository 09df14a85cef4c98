/**
 * The service map's MapLibre styles, built in code: the offline basemap drawn
 * from the bundled district boundaries, the online presets, and the overlay
 * (districts, pins, labels, highlights) that goes on top of any of them.
 * Pure data: imports only types from maplibre-gl, so node tests can check it.
 *
 * Labels need glyphs. maplibre-gl 6 draws any glyph locally (TinySDF on a
 * canvas, with the fonts the device has) when a style has no `glyphs` URL,
 * so the offline styles have none and their symbol layers name CSS font
 * families: district names in Chinese or English need no glyph server.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { DistrictsGeo } from './service-points.js';

/** Colours of the categories in data/directory/taxonomy.json; each has ≥ 3:1 contrast with the basemap. */
export const CATEGORY_COLORS: Readonly<Record<string, string>> = {
  bureau: '#0b5cab',
  'district-office': '#3d4b5c',
  childcare: '#c2255c',
  'child-youth': '#a61e4d',
  'early-intervention': '#862e9c',
  'family-services': '#5f3dc4',
  'women-single-parent': '#9c36b5',
  'new-immigrants': '#087f5b',
  'seniors-learning': '#2b8a3e',
  'senior-services': '#6741d9',
  'day-care': '#d9480f',
  'home-care': '#1864ab',
  'long-term-care': '#c92a2a',
  'disability-services': '#1c7ed6',
  'disability-facilities': '#364fc7',
  'assessment-hospital': '#0b7285',
  'health-station': '#0a6e5c',
  protection: '#c92a2a',
  'food-bank': '#5c940d',
  homeless: '#846358',
  volunteering: '#0c8599',
  'community-development': '#2f9e44',
  employment: '#495057',
};
const FALLBACK_COLOR = '#495057';

export function categoryColor(category: string): string {
  return CATEGORY_COLORS[category] ?? FALLBACK_COLOR;
}

export const LAND_COLOR = '#f6f4ee';
export const OUTSIDE_COLOR = '#dbe5ec';
export const HIGHLIGHT_COLOR = '#0b5cab';
/** The badge of places known only to their district: dark amber, white text ≥ 4.5:1. */
export const BADGE_COLOR = '#8a4b00';
/** The badge sits this far below its district's name, in pixels. */
const BADGE_OFFSET_PX = 20;
/** The fonts the local glyph rasterizer asks the device for. */
export const LOCAL_FONT_STACK = ['sans-serif'];

/** Taichung with a margin: the map does not pan away from the city. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [119.2, 22.9],
  [122.7, 25.5],
];

export type BasemapKind = 'offline' | 'nlsc' | 'openfreemap' | 'url';

export interface Basemap {
  kind: BasemapKind;
  /** An object style, or the URL of one (openfreemap and custom URLs). */
  base: StyleSpecification | string;
  /** The credit the tiles require, shown in the map's attribution control. */
  attribution: string;
  /** The font stack of the overlay's labels. */
  fontStack: string[];
  /** Whether the districts are the basemap (opaque fills) or only drawn over one. */
  opaqueDistricts: boolean;
}

export const NLSC_TILES = 'https://wmts.nlsc.gov.tw/wmts/EMAP/default/GoogleMapsCompatible/{z}/{y}/{x}';
export const NLSC_ATTRIBUTION = '內政部國土測繪中心';
export const OPENFREEMAP_STYLE = 'https://tiles.openfreemap.org/styles/liberty';
export const OPENFREEMAP_ATTRIBUTION = 'OpenFreeMap © OpenMapTiles © OpenStreetMap contributors';

function backgroundOnly(name: string): StyleSpecification {
  return {
    version: 8,
    name,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': OUTSIDE_COLOR } }],
  };
}

/**
 * Reads the `basemap` attribute: empty or 'offline' is the built-in map; 'nlsc'
 * and 'openfreemap' are the online presets; an http(s) or relative URL ending in
 * .json (or any https URL) is a MapLibre style. Anything else is `null`
 * (the caller warns and uses the offline map).
 */
export function resolveBasemap(value: string | null | undefined, baseUrl?: string): Basemap | null {
  const v = (value ?? '').trim();
  if (!v || v.toLowerCase() === 'offline') {
    return {
      kind: 'offline',
      base: backgroundOnly('welfare-navigator offline'),
      attribution: '',
      fontStack: LOCAL_FONT_STACK,
      opaqueDistricts: true,
    };
  }
  if (v.toLowerCase() === 'nlsc') {
    const style = backgroundOnly('welfare-navigator NLSC');
    style.sources['nlsc-emap'] = {
      type: 'raster',
      tiles: [NLSC_TILES],
      tileSize: 256,
      minzoom: 0,
      maxzoom: 19,
      attribution: NLSC_ATTRIBUTION,
    };
    style.layers.push({ id: 'nlsc-emap', type: 'raster', source: 'nlsc-emap' });
    return { kind: 'nlsc', base: style, attribution: NLSC_ATTRIBUTION, fontStack: LOCAL_FONT_STACK, opaqueDistricts: false };
  }
  if (v.toLowerCase() === 'openfreemap') {
    return {
      kind: 'openfreemap',
      base: OPENFREEMAP_STYLE,
      attribution: OPENFREEMAP_ATTRIBUTION,
      fontStack: ['Noto Sans Regular'],
      opaqueDistricts: false,
    };
  }
  let url: URL;
  try {
    url = new URL(v, baseUrl);
  } catch {
    return null;
  }
  const looksLikeStyle =
    /^https?:$/.test(url.protocol) &&
    (/\.json$/i.test(url.pathname) || /^(https?:)?\/\//.test(v) || v.startsWith('/') || v.startsWith('.'));
  if (!looksLikeStyle) return null;
  return { kind: 'url', base: url.href, attribution: '', fontStack: LOCAL_FONT_STACK, opaqueDistricts: false };
}

/** Properties of a district label point. */
export interface DistrictLabelProperties {
  id: string;
  /** The district's name in the element's language. */
  label: string;
  /** "6 more, location not exact", or ''. */
  note: string;
  /** How many places are known only to this district (its badge; 0: none). */
  count: number;
}

export function districtLabelCollection(
  geo: DistrictsGeo,
  label: (id: string, nameZh: string, nameEn: string) => { label: string; note: string; count: number },
): FeatureCollection<Point, DistrictLabelProperties> {
  return {
    type: 'FeatureCollection',
    features: geo.features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      properties: { id: f.properties.id, ...label(f.properties.id, f.properties.name_zh, f.properties.name_en) },
      geometry: { type: 'Point', coordinates: f.properties.labelPoint },
    })),
  };
}

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Layer ids the element queries and filters. */
export const LAYERS = {
  districtFill: 'wn-district-fill',
  districtSelectedFill: 'wn-district-selected-fill',
  districtOutline: 'wn-district-outline',
  districtApproxOutline: 'wn-district-approx-outline',
  districtSelectedOutline: 'wn-district-selected-outline',
  districtLabels: 'wn-district-labels',
  districtBadges: 'wn-district-badges',
  districtBadgeCounts: 'wn-district-badge-counts',
  clusters: 'wn-clusters',
  clusterCount: 'wn-cluster-count',
  pins: 'wn-pins',
  pinLabels: 'wn-pin-labels',
  pinSelected: 'wn-pin-selected',
  origin: 'wn-origin',
} as const;

export const SOURCES = {
  districts: 'wn-districts',
  districtLabels: 'wn-district-labels',
  pins: 'wn-pins',
  selected: 'wn-selected',
  origin: 'wn-origin',
} as const;

/** Matches a district by id; '' matches none. */
export function districtFilter(id: string | null | undefined): ExpressionSpecification {
  return ['==', ['get', 'id'], id ?? ''];
}

export interface OverlayOptions {
  geo: DistrictsGeo;
  fontStack: string[];
  opaqueDistricts: boolean;
  /** Credit for the district boundaries. */
  boundariesAttribution: string;
}

/** The sources and layers the element draws over any basemap. */
export function overlay({ geo, fontStack, opaqueDistricts, boundariesAttribution }: OverlayOptions): {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
} {
  const sources: Record<string, SourceSpecification> = {
    [SOURCES.districts]: { type: 'geojson', data: geo, attribution: boundariesAttribution },
    [SOURCES.districtLabels]: { type: 'geojson', data: EMPTY_COLLECTION },
    [SOURCES.pins]: { type: 'geojson', data: EMPTY_COLLECTION, cluster: true, clusterRadius: 36, clusterMaxZoom: 13 },
    [SOURCES.selected]: { type: 'geojson', data: EMPTY_COLLECTION },
    [SOURCES.origin]: { type: 'geojson', data: EMPTY_COLLECTION },
  };
  const layers: LayerSpecification[] = [
    {
      id: LAYERS.districtFill,
      type: 'fill',
      source: SOURCES.districts,
      paint: { 'fill-color': LAND_COLOR, 'fill-opacity': opaqueDistricts ? 1 : 0 },
    },
    {
      id: LAYERS.districtSelectedFill,
      type: 'fill',
      source: SOURCES.districts,
      filter: districtFilter(''),
      paint: { 'fill-color': HIGHLIGHT_COLOR, 'fill-opacity': 0.14 },
    },
    {
      id: LAYERS.districtOutline,
      type: 'line',
      source: SOURCES.districts,
      paint: { 'line-color': '#6b6b6b', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 13, 2] },
    },
    {
      id: LAYERS.districtApproxOutline,
      type: 'line',
      source: SOURCES.districts,
      filter: districtFilter(''),
      paint: { 'line-color': '#7a4a00', 'line-width': 3, 'line-dasharray': [2, 1.5] },
    },
    {
      id: LAYERS.districtSelectedOutline,
      type: 'line',
      source: SOURCES.districts,
      filter: districtFilter(''),
      paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 3.5 },
    },
    {
      id: LAYERS.origin,
      type: 'circle',
      source: SOURCES.origin,
      paint: { 'circle-radius': 8, 'circle-color': '#1a73e8', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
    },
    // One badge per district under its name: the places known only to the
    // district. Badges never collide away, so a phone shows all of them; the
    // clusters are drawn over them, and the district names over both.
    {
      id: LAYERS.districtBadges,
      type: 'circle',
      source: SOURCES.districtLabels,
      filter: ['>', ['get', 'count'], 0],
      paint: {
        'circle-radius': 10,
        'circle-color': BADGE_COLOR,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-translate': [0, BADGE_OFFSET_PX],
      },
    },
    {
      id: LAYERS.districtBadgeCounts,
      type: 'symbol',
      source: SOURCES.districtLabels,
      filter: ['>', ['get', 'count'], 0],
      layout: {
        'text-field': ['to-string', ['get', 'count']],
        'text-font': fontStack,
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-translate': [0, BADGE_OFFSET_PX] },
    },
    {
      id: LAYERS.clusters,
      type: 'circle',
      source: SOURCES.pins,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#1b1b1b',
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 14, 5, 18, 15, 22],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYERS.clusterCount,
      type: 'symbol',
      source: SOURCES.pins,
      filter: ['has', 'point_count'],
      // Ignores placement: a cluster's count never pushes a district's name off the map.
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': fontStack,
        'text-size': 14,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: LAYERS.pins,
      type: 'circle',
      source: SOURCES.pins,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 7, 15, 10],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYERS.pinSelected,
      type: 'circle',
      source: SOURCES.selected,
      paint: {
        'circle-radius': 15,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': HIGHLIGHT_COLOR,
        'circle-stroke-width': 4,
      },
    },
    {
      id: LAYERS.districtLabels,
      type: 'symbol',
      source: SOURCES.districtLabels,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': fontStack,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 16],
        'text-max-width': 9,
        'text-padding': 2,
        // Above its point, so that the badge below never covers it.
        'text-anchor': 'bottom',
      },
      paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
    {
      id: LAYERS.pinLabels,
      type: 'symbol',
      source: SOURCES.pins,
      filter: ['!', ['has', 'point_count']],
      minzoom: 12,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': fontStack,
        'text-size': 13,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': '#1b1b1b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
  return { sources, layers };
}

/** `base` with the overlay on top; the base keeps its own glyphs, sprite and sources. */
export function withOverlay(base: StyleSpecification, extra: ReturnType<typeof overlay>): StyleSpecification {
  return { ...base, sources: { ...base.sources, ...extra.sources }, layers: [...base.layers, ...extra.layers] };
}

/** The first font stack a style's symbol layers use, for labels on a style with a glyph server. */
export function styleFontStack(style: StyleSpecification): string[] | undefined {
  for (const layer of style.layers) {
    if (layer.type !== 'symbol') continue;
    const font = layer.layout?.['text-font'];
    if (Array.isArray(font) && font.every((f) => typeof f === 'string')) return font as string[];
  }
  return undefined;
}
