/** Map centre in degrees ([lon, lat] order, as GeoJSON) and MapLibre zoom (512-px tiles). */
export interface LonLatZoom {
  lon: number;
  lat: number;
  zoom: number;
}

/** Decimal places kept of the centre (degrees) and of the zoom. */
export interface CameraDecimals {
  lonLat: number;
  zoom: number;
}

/** `c` rounded to `decimals`, with -0 written as 0 (so a link never says `-0`). */
export function roundCamera<C extends LonLatZoom>(c: C, decimals: CameraDecimals): LonLatZoom {
  const r = (x: number, d: number) => {
    const v = Math.round(x * 10 ** d) / 10 ** d;
    return Object.is(v, -0) ? 0 : v;
  };
  return { lon: r(c.lon, decimals.lonLat), lat: r(c.lat, decimals.lonLat), zoom: r(c.zoom, decimals.zoom) };
}
