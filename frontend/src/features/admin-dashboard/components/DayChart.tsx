import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './charts.css';

/** One line of figures: its key in a point's values, its name, its Mantine colour (`teal.6`). */
export interface ChartSeries {
  name: string;
  label: string;
  color: string;
}

/** One day: its short label and a value for each series' name. */
export interface ChartPoint {
  label: string;
  values: Record<string, number>;
}

interface DayChartProps {
  points: ChartPoint[];
  series: ChartSeries[];
  /** Columns side by side, or areas under a line. */
  kind: 'bars' | 'areas';
  height: number;
  format: (value: number) => string;
  withLegend?: boolean;
  /** Counts: the axis names no fraction (its middle line stays unlabelled when it would be one). */
  whole?: boolean;
}

/** `teal.6` as the CSS variable Mantine defines for it. */
export function colorVariable(color: string): string {
  const [name, shade] = color.split('.');
  return `var(--mantine-color-${name ?? 'gray'}-${shade ?? '6'})`;
}

/** The smallest 1, 2, 2.5 or 5 times a power of ten at or above `value` (1 for nothing). */
export function roundedTop(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

/** At most `wanted` labels spread over the points, the first and every step after it. */
export function labelledIndexes(count: number, wanted: number): number[] {
  if (count === 0) return [];
  const step = Math.max(1, Math.ceil(count / wanted));
  return Array.from({ length: Math.ceil(count / step) }, (_, index) => index * step);
}

/** The highest value of each series and its day, for the chart's accessible name. */
function useSummary(points: ChartPoint[], series: ChartSeries[], format: (v: number) => string) {
  const { t } = useTranslation();
  return series
    .map(({ name, label }) => {
      const peak = points.reduce<ChartPoint | undefined>(
        (best, point) => ((point.values[name] ?? 0) > (best?.values[name] ?? 0) ? point : best),
        undefined,
      );
      return peak
        ? t('dashboard.chartPeak', {
            series: label,
            value: format(peak.values[name] ?? 0),
            day: peak.label,
          })
        : t('dashboard.chartNone', { series: label });
    })
    .join('; ');
}

const COLUMN = 10;
const PLOT_HEIGHT = 100;

/**
 * A day-by-day chart drawn as plain SVG: light enough to appear with the dashboard on a phone.
 * The shapes stretch with the width; the axes' labels are text beside them, so they never do.
 * Each day's figures show on hover (its title), and the chart's name says each series' peak.
 */
export function DayChart({
  points,
  series,
  kind,
  height,
  format,
  withLegend,
  whole,
}: DayChartProps) {
  const summary = useSummary(points, series, format);
  const top = roundedTop(
    Math.max(0, ...points.flatMap((point) => series.map(({ name }) => point.values[name] ?? 0))),
  );
  const width = Math.max(1, points.length) * COLUMN;
  const y = (value: number) => PLOT_HEIGHT - (Math.max(0, value) / top) * PLOT_HEIGHT;
  const xLabels = labelledIndexes(points.length, 6);
  const barWidth = (COLUMN * 0.7) / series.length;
  const ticks = [
    { value: top, at: 0 },
    ...(whole && !Number.isInteger(top / 2) ? [] : [{ value: top / 2, at: 50 }]),
    { value: 0, at: 100 },
  ].map(({ value, at }) => ({ label: format(value), at }));
  const widest = ticks.reduce(
    (longest, { label }) => (label.length > longest.length ? label : longest),
    '',
  );

  return (
    <Box>
      <div className="turgus-chart" style={{ height }}>
        <div className="turgus-chart-y" aria-hidden="true">
          {/* As wide as the longest label (the others stand over it). */}
          <span className="turgus-chart-y-width">{widest}</span>
          {ticks.map(({ label, at }) => (
            <span key={at} style={{ top: `${String(at)}%` }}>
              {label}
            </span>
          ))}
        </div>
        <div className="turgus-chart-plot">
          <svg
            viewBox={`0 0 ${String(width)} ${String(PLOT_HEIGHT)}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={summary}
          >
            {[0, 50, 100].map((at) => (
              <line key={at} className="turgus-chart-grid" x1={0} x2={width} y1={at} y2={at} />
            ))}
            {kind === 'areas'
              ? series.map(({ name, color }) => {
                  const line = points
                    .map(
                      (point, index) =>
                        `${String(index * COLUMN + COLUMN / 2)},${String(y(point.values[name] ?? 0))}`,
                    )
                    .join(' L');
                  const first = String(COLUMN / 2);
                  const last = String((points.length - 1) * COLUMN + COLUMN / 2);
                  return (
                    <g key={name} style={{ color: colorVariable(color) }}>
                      <path
                        className="turgus-chart-area"
                        d={`M${first},${String(PLOT_HEIGHT)} L${line} L${last},${String(PLOT_HEIGHT)} Z`}
                      />
                      <path className="turgus-chart-line" d={`M${line}`} />
                    </g>
                  );
                })
              : points.map((point, index) =>
                  series.map(({ name, color }, position) => {
                    const value = point.values[name] ?? 0;
                    return (
                      <rect
                        key={`${String(index)}-${name}`}
                        x={index * COLUMN + COLUMN * 0.15 + position * barWidth}
                        y={y(value)}
                        width={barWidth}
                        height={PLOT_HEIGHT - y(value)}
                        style={{ fill: colorVariable(color) }}
                      />
                    );
                  }),
                )}
            {/* A column per day that names its figures under the pointer. */}
            {points.map((point, index) => (
              <rect
                key={index}
                className="turgus-chart-hover"
                x={index * COLUMN}
                y={0}
                width={COLUMN}
                height={PLOT_HEIGHT}
              >
                <title>
                  {`${point.label}: ${series
                    .map(({ name, label }) => `${label} ${format(point.values[name] ?? 0)}`)
                    .join(', ')}`}
                </title>
              </rect>
            ))}
          </svg>
          <div className="turgus-chart-x" aria-hidden="true">
            {xLabels.map((index) => (
              <span
                key={index}
                style={{ left: `${String(((index + 0.5) / Math.max(1, points.length)) * 100)}%` }}
              >
                {points[index]?.label}
              </span>
            ))}
          </div>
        </div>
      </div>
      {withLegend && (
        <Group gap="md" justify="center" mt="xs" aria-hidden="true">
          {series.map(({ name, label, color }) => (
            <Group key={name} gap={6} wrap="nowrap">
              <span className="turgus-chart-swatch" style={{ background: colorVariable(color) }} />
              <Text size="sm">{label}</Text>
            </Group>
          ))}
        </Group>
      )}
    </Box>
  );
}

interface RankedBarsProps {
  items: { name: string; value: number }[];
  color: string;
}

/**
 * Values side by side as horizontal bars, longest first as given. Drawn for the eye only: the
 * table beside it says the same to a screen reader.
 */
export function RankedBars({ items, color }: RankedBarsProps) {
  const top = Math.max(1, ...items.map((item) => item.value));
  return (
    <div className="turgus-ranked" aria-hidden="true">
      {items.map((item, index) => (
        <div key={index} className="turgus-ranked-row">
          <Text size="sm" truncate="end" title={item.name}>
            {item.name}
          </Text>
          <div className="turgus-ranked-track">
            <div
              className="turgus-ranked-bar"
              style={{
                width: `${String((item.value / top) * 100)}%`,
                background: colorVariable(color),
              }}
            />
          </div>
          <Text size="sm" ta="right">
            {item.value}
          </Text>
        </div>
      ))}
    </div>
  );
}
