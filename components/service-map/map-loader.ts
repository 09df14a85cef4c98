/**
 * The one door to the map library. Nothing of maplibre-gl, its worker, its CSS
 * or the district boundaries is fetched until `mapLoader.load()` is called,
 * which the element does when it comes near the viewport.
 *
 * Tests (and hosts that never want a map) may replace `load`.
 */
import type { MapEngineModule } from './map-engine.js';
import type { DistrictsGeo } from '../../src/geo/service-points.js';

export interface LoadedMap {
  engine: MapEngineModule;
  geo: DistrictsGeo;
}

/** Whether this browser can give MapLibre the WebGL 2 context it needs; asked before anything is fetched. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export class WebGLUnavailableError extends Error {
  constructor() {
    super('WebGL 2 is not available in this browser');
    this.name = 'WebGLUnavailableError';
  }
}

let pending: Promise<LoadedMap> | undefined;

async function defaultLoad(): Promise<LoadedMap> {
  if (!hasWebGL2()) throw new WebGLUnavailableError();
  pending ??= Promise.all([import('./map-engine.js'), import('../../src/generated/districts-geo.js')]).then(
    ([engine, geo]) => ({ engine, geo: geo.districtsGeo }),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

export const mapLoader = {
  /** How many times a map asked for the library (tests check it stays 0 until the map is near the viewport). */
  requests: 0,
  /** Loads the map library, its worker and CSS, and the district boundaries. */
  load: defaultLoad as () => Promise<LoadedMap>,
  /** Puts back the real loader after a test replaced it. */
  reset(): void {
    this.load = defaultLoad;
  },
};
