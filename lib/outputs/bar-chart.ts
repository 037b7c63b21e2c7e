/**
 * Horizontal bar charts as plain SVG for /stats/, drawn at build time. Each bar carries its label
 * and value as text, and the page shows the same numbers in a table, so the chart is never the
 * only way to read them. Presentation attributes only: the CSP forbids inline `style`.
 */
import { escapeXml } from "./xml.ts";
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Optional link, e.g. to the facet page */
  readonly url?: string;
}

export interface BarChartOptions {
  readonly title: string;
  readonly id: string;
  readonly width?: number;
  readonly fill?: string;
}


const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 40;

export function barChartSvg(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 640;
  const fill = options.fill ?? "#1f5f99";
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const scale = (width - LABEL_WIDTH - VALUE_WIDTH) / max;
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const rows = bars.map((bar, position) => {
    const y = GAP + position * (BAR_HEIGHT + GAP);
    const length = Math.round(bar.value * scale * 10) / 10;
    const middle = y + BAR_HEIGHT / 2;
    const label = `<text x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end" dominant-baseline="middle" fill="currentColor">${escapeXml(bar.label)}</text>`;
    const rect = `<rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${length}" height="${BAR_HEIGHT}" fill="${fill}"><title>${escapeXml(`${bar.label}: ${bar.value}`)}</title></rect>`;
    const value = `<text x="${LABEL_WIDTH + length + 6}" y="${middle}" dominant-baseline="middle" fill="currentColor">${bar.value}</text>`;
    const row = `${label}${rect}${value}`;
    return bar.url ? `<a href="${escapeXml(bar.url)}">${row}</a>` : `<g>${row}</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 ${width} ${height}" font-size="14" aria-labelledby="${escapeXml(options.id)}-title">`,
    `<title id="${escapeXml(options.id)}-title">${escapeXml(options.title)}</title>`,
    ...rows,
    `</svg>`,
  ].join("");
}
