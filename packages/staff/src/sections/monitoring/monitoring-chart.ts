import { css, html, svg, type TemplateResult } from 'lit';
import type { MonthTotals } from './monitoring-data.ts';

// The drawing's own units; the SVG scales to the width it is given, down to 320 px.
const width = 600;
const height = 260;
const left = 44;
const bottom = 28;
const top = 12;

/**
 * A bar per month of the cumulative Pluscoaching count, against the target line pro rata
 * (350 / 12 a month). Drawn with Lit's `svg` templates only, no chart library. The figures are in
 * the table too; the drawing is an image named by `labelledBy`, the summary beside it.
 */
export function monitoringChart(
  months: readonly MonthTotals[],
  labelledBy: string,
  monthLabel: (month: string) => string,
): TemplateResult {
  const highest = Math.max(1, ...months.map((item) => Math.max(item.cumulative, item.target)));
  // A round top for the scale: the next multiple of 50 above the highest figure.
  const scaleTop = Math.ceil((highest * 1.05) / 50) * 50;
  const plotHeight = height - top - bottom;
  const step = (width - left) / Math.max(months.length, 1);
  const y = (value: number) => top + plotHeight - (value / scaleTop) * plotHeight;
  const ticks = [0, scaleTop / 2, scaleTop];
  const targetPoints = [
    `${left},${y(0)}`,
    ...months.map((item, index) => `${left + step * (index + 1)},${y(item.target)}`),
  ].join(' ');
  // The chart reads from January on the left in every language: its axis labels are placed for it.
  return html`<svg
    class="chart"
    dir="ltr"
    viewBox="0 0 ${width} ${height}"
    role="img"
    aria-labelledby=${labelledBy}
    preserveAspectRatio="xMidYMid meet"
  >
    ${ticks.map(
      (tick) =>
        svg`<line class="grid" x1=${left} x2=${width} y1=${y(tick)} y2=${y(tick)}></line>
          <text class="axis" x=${left - 6} y=${y(tick) + 6} text-anchor="end">${tick}</text>`,
    )}
    ${months.map(
      (item, index) =>
        svg`<rect
            class="bar"
            data-month=${item.month}
            x=${left + step * index + step * 0.15}
            y=${y(item.cumulative)}
            width=${step * 0.7}
            height=${y(0) - y(item.cumulative)}
          ></rect>
          <text class="axis" x=${left + step * (index + 0.5)} y=${height - 8} text-anchor="middle"
            >${monthLabel(item.month)}</text
          >`,
    )}
    ${svg`<polyline class="target" points=${targetPoints}></polyline>`}
  </svg>`;
}

/** The chart's look: the theme's colours, a dashed target line that differs in more than colour. */
export const chartStyles = css`
  .chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: 40em;
  }
  .chart .bar {
    fill: var(--_color-primary);
  }
  .chart .grid {
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  .chart .target {
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 3;
    stroke-dasharray: 10 6;
  }
  .chart .axis {
    fill: var(--_color-text);
    font-size: 18px;
  }
`;
