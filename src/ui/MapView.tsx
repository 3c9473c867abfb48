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
import { createMapAdapter, type MapAdapter, type MapView as MapViewData, type MarkerKind } from '../map/createMapAdapter';
import type { ViewModel } from '../view/buildViewModel';

export type MarkerHit = { kind: MarkerKind; id: string; x: number; y: number };

export interface HoverInfo {
  id: UnitId;
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
    presenting = false,
    emphasis = [],
  }: {
    highlight: readonly string[] | null;
    facilities: FeatureCollection;
    markers: boolean;
    camera: Camera | null;
    focused?: string | null;
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
  };
}

/** Hosts the map adapter: creates it once, feeds it views, removes it on unmount. */
export function MapView({ vm, highlight, facilities, markers, presenting, emphasis, camera, programmes, geometry, fontUrl, onHover, onSelect, onError, onMarker, onCamera, exporter }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const focused = useSignal<UnitId | null>(null);
  const announcement = useSignal('');
  const anchors = useMemo(() => buildAnchors(geometry.labels), [geometry]);

  // A layout effect, so the map starts right after the page is built, not a frame later (Preact
  // runs plain effects after the next paint): loading the map is the longest part of the first view.
  useLayoutEffect(() => {
    if (!ref.current) return;
    const a = createMapAdapter(
      ref.current,
      { ...geometry, fontUrl, programmes, cameraDecimals: CAMERA_DECIMALS },
      toMapView(vm.peek(), { highlight: highlight.peek(), facilities: facilities.peek(), markers: markers.peek(), camera: camera.peek(), presenting: presenting.peek(), emphasis: emphasis.peek() }),
      {
        onHover: (id, x, y) => {
          const unit = asUnitId(id);
          onHover(unit ? { id: unit, x, y } : null);
        },
        onClick: (id) => onSelect(asUnitId(id)),
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
          presenting: presenting.value,
          emphasis: emphasis.value,
        }),
      ),
    );
    return () => {
      unsubscribe();
      a.destroy();
      adapter.current = null;
      exporter.current = null;
    };
  }, [geometry]);

  const lang = vm.value.lang;
  const focusUnit = (id: UnitId) => {
    focused.value = id;
    announcement.value = describeUnit(vm.peek(), id, lang);
  };
  // Tab enters the map on the selected unit, or the one nearest the centre of the view. A mouse
  // click also focuses the map element, but draws no keyboard ring (not :focus-visible).
  const onFocus = (e: FocusEvent) => {
    if (focused.peek() || !(e.currentTarget as HTMLElement).matches(':focus-visible')) return;
    const start = vm.peek().selected?.region.id ?? nearestToCentre(anchors, camera.peek());
    if (start) focusUnit(start);
  };
  const onKeyDown = (e: KeyboardEvent) => {
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
        aria-label={MESSAGES.mapLabel[lang]}
        aria-describedby="map-summary"
        data-focused={focused.value ?? undefined}
        onFocus={onFocus}
        onBlur={(e) => {
          if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) focused.value = null;
        }}
        onKeyDown={onKeyDown}
      />
      <p id="map-summary" class="visually-hidden">
        {summariseMap(vm.value, lang)}
      </p>
      <p class="visually-hidden" aria-live="polite" id="map-announcer">
        {announcement.value}
      </p>
    </>
  );
}
