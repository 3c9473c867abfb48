import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** The committed geometry (built by geo/build.mjs), decoded to GeoJSON; coordinates are [lon, lat]. */
export interface Geometry {
  provinces: FeatureCollection;
  countries: FeatureCollection;
  land: FeatureCollection;
  labels: FeatureCollection;
  /** Neighbouring units by id, from shared borders (and documented sea links for islands). */
  adjacency: Record<string, string[]>;
}

/** Files are under public/geo, resolved against the page so the build runs from any path. */
export async function loadGeometry(base: string = document.baseURI): Promise<Geometry> {
  const get = async <T>(name: string): Promise<T> => {
    const url = new URL(`geo/${name}`, base);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
    return (await res.json()) as T;
  };
  const [provinces, basemap, labels, adjacency] = await Promise.all([
    get<Topology>('provinces.json'),
    get<Topology>('basemap.json'),
    get<FeatureCollection>('labels.json'),
    get<Record<string, string[]>>('adjacency.json'),
  ]);
  return { ...decodeTopology(provinces, basemap), labels, adjacency };
}

/** Pure TopoJSON → GeoJSON decoding, shared with the geometry tests. */
export function decodeTopology(
  provinces: Topology,
  basemap: Topology,
): Pick<Geometry, 'provinces' | 'countries' | 'land'> {
  return {
    provinces: asCollection(feature(provinces, objectOf(provinces, 'provinces'))),
    countries: asCollection(feature(basemap, objectOf(basemap, 'countries'))),
    land: asCollection(feature(basemap, objectOf(basemap, 'land'))),
  };
}

function objectOf(topology: Topology, name: string) {
  const o = topology.objects[name];
  if (!o) throw new Error(`TopoJSON has no object "${name}"`);
  return o;
}

function asCollection(f: ReturnType<typeof feature>): FeatureCollection {
  return f.type === 'FeatureCollection' ? f : { type: 'FeatureCollection', features: [f] };
}
