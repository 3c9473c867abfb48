import { effect, type ReadonlySignal } from '@preact/signals';
import { useSignal } from '@preact/signals';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { asUnitId, buildAnchors, nearestToCentre, nextFocus } from '../view/mapKeyboard';
import { describeUnit, summariseMap } from '../view/describeUnit';
import type { Geometry } from '../geo/loadGeometry';
import type { UnitId } from '../geo/units';
import { MESSAGES } from '../i18n/messages';
import type { FeatureCollection } from 'geojson';
import type { Camera } from '../state/appState';
import { CAMERA_DECIMALS } from '../state/urlState';
import { afterNextPaint } from '../util/afterNextPaint';
import { createMapAdapter, type MapAdapter, type MapView as MapViewData, type MarkerKind } from '../map/createMapAdapter';
import type { ViewModel } from '../view/buildViewModel';
import type { RegionSetView } from '../view/buildRegionView';
import { describeRegion, regionFills } from '../view/buildRegionView';
import { nearestRegion, nextRegionFocus } from '../view/regionKeyboard';

export type MarkerHit = { kind: MarkerKind; id: string; x: number; y: number };

export interface HoverInfo {
  id: UnitId;
  x: number;
  y: number;
}

/** The pointer over a region of the shown set: its key, CSS px from the map's top-left. */
export interface RegionHoverInfo {
  key: string;
  x: number;
  y: number;
}

interface Props {
  vm: ReadonlySignal<ViewModel>;
  /** Units to keep at full strength while a legend class is hovered or focused; null = all. */
  highlight: ReadonlySignal<readonly string[] | null>;
  facilities: ReadonlySignal<FeatureCollection>;
  markers: ReadonlySignal<boolean>;
  /** Presentation mode: larger map labels. */
  presenting: ReadonlySignal<boolean>;
  /** Units to keep labelled and in view: the provinces the slide on screen names. */
  emphasis: ReadonlySignal<readonly string[]>;
  programmes: FeatureCollection;
  onMarker(m: MarkerHit | null): void;
  camera: ReadonlySignal<Camera | null>;
  onCamera(c: Camera): void;
  /** Filled with the adapter's picture export while the map exists. */
  exporter: { current: MapAdapter['exportImage'] | null };
  geometry: Geometry;
  fontUrl: string | null;
  onHover(h: HoverInfo | null): void;
  onSelect(id: UnitId | null): void;
  onRegionHover(h: RegionHoverInfo | null): void;
  /** A region chosen on the map (click, tap, Enter), or null (a click outside every region). */
  onRegionSelect(key: string | null): void;
  onError(message: string): void;
}

/** Map labels in presentation mode, relative to normal: read from the back of a classroom (16 px at zoom 3, 22 px at zoom 6). */
export const PRESENTING_LABEL_SCALE = 1.6;

/** The view model's slice the map needs; `highlight` (from the legend) dims every other unit. Pure. */
export function toMapView(
  vm: ViewModel,
  {
    highlight,
    facilities,
    markers,
    camera,
    focused = null,
    focusedRegion = null,
    presenting = false,
    emphasis = [],
  }: {
    highlight: readonly string[] | null;
    facilities: FeatureCollection;
    markers: boolean;
    camera: Camera | null;
    focused?: string | null;
    focusedRegion?: string | null;
    presenting?: boolean;
    emphasis?: readonly string[];
  },
): MapViewData {
  const noData = new Set(vm.noDataIds);
  const lit = highlight ? new Set(highlight) : null;
  return {
    fills: Object.fromEntries(
      vm.regions.map((r) => [r.id, { fill: r.fill, noData: noData.has(r.id), dim: lit !== null && !lit.has(r.id) }]),
    ),
    selected: vm.selected?.region.id ?? null,
    lang: vm.lang,
    facilities,
    markers,
    camera,
    focused,
    labelScale: presenting ? PRESENTING_LABEL_SCALE : 1,
    emphasis,
    legendOverMap: !presenting,
    regions: vm.regionSet ? toRegionMapView(vm.regionSet, lit, focusedRegion) : null,
  };
}

/** The region set's slice of the map view: geometry (same objects while the set is the same), fills, selection. */
export function toRegionMapView(view: RegionSetView, lit: ReadonlySet<string> | null, focused: string | null): NonNullable<MapViewData['regions']> {
  return {
    id: view.setId,
    polygons: view.features.polygons,
    labels: view.features.labels,
    labelMinZoom: view.features.labelMinZoom,
    bbox: view.bbox,
    fills: regionFills(view, lit),
    selected: view.selected?.row.key ?? null,
    focused,
  };
}

/** Hosts the map adapter: creates it once, feeds it views, removes it on unmount. */
export function MapView({ vm, highlight, facilities, markers, presenting, emphasis, camera, programmes, geometry, fontUrl, onHover, onSelect, onRegionHover, onRegionSelect, onError, onMarker, onCamera, exporter }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const focused = useSignal<UnitId | null>(null);
  const focusedRegion = useSignal<string | null>(null);
  const announcement = useSignal('');
  const anchors = useMemo(() => buildAnchors(geometry.labels), [geometry]);

  // The map starts just after the page's first paint: the panels and the legend (the largest text,
  // Lighthouse's LCP) show while MapLibre sets up, and its constructor finds the layout done.
  // Created in the same task as the render, the map held that paint back by its setup (#18).
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    let stop: (() => void) | null = null;
    const start = () => {
      const a = createMapAdapter(
        container,
        { ...geometry, fontUrl, programmes, cameraDecimals: CAMERA_DECIMALS },
        toMapView(vm.peek(), { highlight: highlight.peek(), facilities: facilities.peek(), markers: markers.peek(), camera: camera.peek(), presenting: presenting.peek(), emphasis: emphasis.peek() }),
        {
          onHover: (id, x, y) => {
            const unit = asUnitId(id);
            onHover(unit ? { id: unit, x, y } : null);
          },
          onClick: (id) => onSelect(asUnitId(id)),
          onRegionHover: (key, x, y) => onRegionHover(key === null ? null : { key, x, y }),
          onRegionClick: onRegionSelect,
          onError,
          onMarker,
          onCamera,
        },
      );
      adapter.current = a;
      exporter.current = a.exportImage;
      // Re-paint on every view-model or highlight change; the adapter diffs, so unchanged units cost nothing.
      const unsubscribe = effect(() =>
        a.update(
          toMapView(vm.value, {
            highlight: highlight.value,
            facilities: facilities.value,
            markers: markers.value,
            camera: camera.value,
            focused: focused.value,
            focusedRegion: focusedRegion.value,
            presenting: presenting.value,
            emphasis: emphasis.value,
          }),
        ),
      );
      stop = () => {
        unsubscribe();
        a.destroy();
        adapter.current = null;
        exporter.current = null;
      };
    };
    const after = afterNextPaint(start);
    return () => {
      after.cancel();
      stop?.();
    };
  }, [geometry]);

  const lang = vm.value.lang;
  const focusUnit = (id: UnitId) => {
    focused.value = id;
    announcement.value = describeUnit(vm.peek(), id, lang);
  };
  // Tab enters the map on the selected unit, or the one nearest the centre of the view. A mouse
  // click also focuses the map element, but draws no keyboard ring (not :focus-visible).
  const focusRegion = (key: string) => {
    const rv = vm.peek().regionSet;
    focusedRegion.value = key;
    const d = rv && describeRegion(rv, key, lang);
    announcement.value = d ? [d.name, ...d.lines].join(', ') : '';
  };
  // With a region set shown, Tab and the arrows move over its regions, by their label points.
  const onRegionKeyDown = (e: KeyboardEvent, rv: RegionSetView) => {
    const current = focusedRegion.peek();
    const move = current && nextRegionFocus(e.key, current, rv.features.anchors);
    if (move) {
      e.preventDefault();
      e.stopPropagation();
      if (move.to) focusRegion(move.to);
      else announcement.value = MESSAGES.regionView.noNeighbour[lang];
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      onRegionSelect(current);
    } else if (e.key === 'Escape' && current) {
      e.stopPropagation();
      focusedRegion.value = null;
      (e.currentTarget as HTMLElement).blur();
    }
  };
  const onFocus = (e: FocusEvent) => {
    const rv = vm.peek().regionSet;
    if (rv) {
      if (focusedRegion.peek() || !(e.currentTarget as HTMLElement).matches(':focus-visible')) return;
      const start = rv.selected?.row.key ?? nearestRegion(rv.features.anchors, camera.peek());
      if (start) focusRegion(start);
      return;
    }
    if (focused.peek() || !(e.currentTarget as HTMLElement).matches(':focus-visible')) return;
    const start = vm.peek().selected?.region.id ?? nearestToCentre(anchors, camera.peek());
    if (start) focusUnit(start);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const rv = vm.peek().regionSet;
    if (rv) return onRegionKeyDown(e, rv);
    const current = focused.peek();
    const move = current && nextFocus(e.key, current, geometry.adjacency, anchors);
    if (move) {
      e.preventDefault();
      e.stopPropagation();
      if (move.to) focusUnit(move.to);
      else announcement.value = MESSAGES.a11y.noNeighbour[lang];
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      onSelect(current);
    } else if (e.key === 'Escape' && current) {
      // Leaves the map and keeps the selection; without keyboard focus, Escape goes on to clear it.
      e.stopPropagation();
      focused.value = null;
      (e.currentTarget as HTMLElement).blur();
    }
  };
  return (
    <>
      <div
        ref={ref}
        id="map"
        class="map"
        role="application"
        tabIndex={0}
        aria-roledescription={MESSAGES.a11y.mapKeys[lang]}
        aria-label={vm.value.regionSet ? MESSAGES.regionView.mapLabel[lang] : MESSAGES.mapLabel[lang]}
        aria-describedby="map-summary"
        data-focused={(vm.value.regionSet ? focusedRegion.value : focused.value) ?? undefined}
        onFocus={onFocus}
        onBlur={(e) => {
          if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) {
            focused.value = null;
            focusedRegion.value = null;
          }
        }}
        onKeyDown={onKeyDown}
      />
      <p id="map-summary" class="visually-hidden">
        {vm.value.regionSet ? vm.value.regionSet.title : summariseMap(vm.value, lang)}
      </p>
      <p class="visually-hidden" aria-live="polite" id="map-announcer">
        {announcement.value}
      </p>
    </>
  );
}
