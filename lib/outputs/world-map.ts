/**
 * The world map of /map/: an inline SVG drawn at build time from Natural Earth 1:110m shapes
 * (`world-atlas`), each host country shaded by how many events it hosted and linking to its page.
 *
 * No script and no network: the page is plain SVG. Colours are presentation attributes, because the
 * CSP forbids inline `style`. Colour is never the only cue: the page pairs the map with a legend and
 * a table of the same numbers.
 */
import { escapeXml } from "./xml.ts";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import isoCountries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface MapCountry {
  /** ISO 3166-1 alpha-2 */
  readonly code: string;
  readonly name: string;
  readonly url: string;
  /** Events hosted */
  readonly count: number;
}

export interface MapClass {
  readonly min: number;
  /** Inclusive; open-ended when absent */
  readonly max?: number;
  readonly label: string;
  readonly fill: string;
}

/**
 * Discrete classes, light to dark blue. Even the lightest has a contrast of 3.5:1 with the unshaded
 * land and 4.2:1 with white (WCAG 1.4.11), so every host country stands out.
 */
export const MAP_CLASSES: readonly MapClass[] = [
  { min: 1, max: 1, label: "1 event", fill: "#3a7fc0" },
  { min: 2, max: 2, label: "2 events", fill: "#2166ac" },
  { min: 3, max: 4, label: "3–4 events", fill: "#08519c" },
  { min: 5, label: "5 or more events", fill: "#08306b" },
];
export const NO_EVENTS_FILL = "#ececec";
const BORDER = "#ffffff";

export function mapClassOf(count: number, classes: readonly MapClass[] = MAP_CLASSES): MapClass | undefined {
  return classes.find((entry) => count >= entry.min && (entry.max === undefined || count <= entry.max));
}

export interface WorldMap {
  readonly svg: string;
  readonly legend: readonly (MapClass & { readonly countries: number })[];
  /** Host countries drawn as links */
  readonly shaded: number;
  /** Host countries too small for the 1:110m shapes: listed only in the table */
  readonly notDrawn: readonly MapCountry[];
}


interface Shape {
  readonly code: string | undefined;
  readonly feature: Feature<Geometry>;
}

type WorldTopology = Topology<{ countries: GeometryCollection }>;

/** The package's file is TopoJSON whose `countries` object is a geometry collection: checked, not assumed. */
function isWorldTopology(value: unknown): value is WorldTopology {
  if (typeof value !== "object" || value === null || (value as { type?: unknown }).type !== "Topology") return false;
  const countries = (value as { objects?: { countries?: { type?: unknown } } }).objects?.countries;
  return countries?.type === "GeometryCollection";
}

function worldShapes(): Shape[] {
  const parsed: unknown = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"), "utf8"));
  if (!isWorldTopology(parsed)) throw new Error("world-atlas/countries-110m.json is not the TopoJSON of countries this map expects");
  const topology = parsed;
  const collection = feature(topology, topology.objects.countries);
  return collection.features
    .filter((shape) => shape.id !== "010") // Antarctica: no events, a fifth of the height
    .map((shape) => ({ code: shape.id === undefined ? undefined : isoCountries.numericToAlpha2(String(shape.id)), feature: shape }));
}

const SHAPES = worldShapes();

export interface WorldMapOptions {
  readonly width?: number;
  readonly title?: string;
  /** A country's tooltip: `Tajikistan: 2 events hosted` (in the page's language) */
  readonly countryLabel?: (country: MapCountry) => string;
}

const englishCountryLabel = (country: MapCountry) => `${country.name}: ${country.count} ${country.count === 1 ? "event" : "events"} hosted`;

/** The projected outline of every shape at one width, and the drawing's vertical extent. */
interface ProjectedShapes {
  readonly paths: readonly (string | null)[];
  readonly top: number;
  readonly height: number;
}

// The projection is the same for every page that draws the map (one per language): drawn once per width.
const projectedByWidth = new Map<number, ProjectedShapes>();

function projectedShapes(width: number): ProjectedShapes {
  let projected = projectedByWidth.get(width);
  if (!projected) {
    const all = { type: "FeatureCollection" as const, features: SHAPES.map((shape) => shape.feature) };
    // One decimal is far below a pixel at this size and keeps the inline SVG small.
    const path = geoPath(geoEqualEarth().fitWidth(width, all)).digits(1);
    const bounds = path.bounds(all);
    projected = { paths: SHAPES.map((shape) => path(shape.feature)), top: Math.floor(bounds[0][1]), height: Math.ceil(bounds[1][1]) };
    projectedByWidth.set(width, projected);
  }
  return projected;
}

export function worldMapSvg(countries: readonly MapCountry[], options: WorldMapOptions = {}): WorldMap {
  const width = options.width ?? 960;
  const { paths, top, height } = projectedShapes(width);

  const byCode = new Map(countries.filter((country) => country.count > 0).map((country) => [country.code.toUpperCase(), country]));
  const drawn = new Set<string>();
  const background: string[] = [];
  const links: string[] = [];
  for (const [index, shape] of SHAPES.entries()) {
    const d = paths[index];
    if (!d) continue;
    const country = shape.code ? byCode.get(shape.code) : undefined;
    const mapClass = country ? mapClassOf(country.count) : undefined;
    if (!country || !mapClass) {
      background.push(d);
      continue;
    }
    drawn.add(country.code.toUpperCase());
    const label = (options.countryLabel ?? englishCountryLabel)(country);
    links.push(`<a href="${escapeXml(country.url)}"><title>${escapeXml(label)}</title><path d="${d}" fill="${mapClass.fill}"/></a>`);
  }
  const title = options.title ?? "World map of the countries that hosted events";
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 ${top} ${width} ${height - top}" aria-labelledby="world-map-title">`,
    `<title id="world-map-title">${escapeXml(title)}</title>`,
    `<path d="${background.join("")}" fill="${NO_EVENTS_FILL}" stroke="${BORDER}" stroke-width="0.5" aria-hidden="true"/>`,
    `<g stroke="${BORDER}" stroke-width="0.5">${links.join("")}</g>`,
    `</svg>`,
  ].join("");
  const legend = MAP_CLASSES.map((entry) => ({ ...entry, countries: countries.filter((country) => mapClassOf(country.count) === entry).length }));
  return { svg, legend, shaded: drawn.size, notDrawn: [...byCode.values()].filter((country) => !drawn.has(country.code.toUpperCase())) };
}
