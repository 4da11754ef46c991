import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { colorVariable, DayChart, labelledIndexes, roundedTop } from './DayChart';

describe('roundedTop', () => {
  it.each([
    [0, 1],
    [-3, 1],
    [0.4, 0.5],
    [1, 1],
    [1.2, 2],
    [2.1, 2.5],
    [3, 5],
    [7, 10],
    [10, 10],
    [120.5, 200],
    [2400, 2500],
  ])('puts the axis of %d at %d', (value, top) => {
    expect(roundedTop(value)).toBeCloseTo(top);
  });
});

describe('labelledIndexes', () => {
  it.each([
    [0, []],
    [1, [0]],
    [5, [0, 1, 2, 3, 4]],
    [7, [0, 2, 4, 6]],
    [30, [0, 5, 10, 15, 20, 25]],
    [365, [0, 61, 122, 183, 244, 305]],
  ])('labels %d days at most six times', (count, indexes) => {
    expect(labelledIndexes(count, 6)).toEqual(indexes);
  });
});

it('names a Mantine colour by its CSS variable', () => {
  expect(colorVariable('teal.6')).toBe('var(--mantine-color-teal-6)');
});

describe('DayChart', () => {
  const points = [
    { label: 'Dec 2', values: { revenue: 10, refunds: 0 } },
    { label: 'Dec 3', values: { revenue: 42.5, refunds: 5 } },
    { label: 'Dec 4', values: { revenue: 7, refunds: 0 } },
  ];
  const series = [
    { name: 'revenue', label: 'Revenue', color: 'teal.6' },
    { name: 'refunds', label: 'Refunds', color: 'red.6' },
  ];
  const format = (value: number) => `€${value.toFixed(2)}`;

  it.each(['bars', 'areas'] as const)('as %s, is named by the peak of each series', (kind) => {
    render(
      <MantineProvider>
        <DayChart kind={kind} height={200} points={points} series={series} format={format} />
      </MantineProvider>,
    );
    expect(
      screen.getByRole('img', {
        name: 'Revenue: highest €42.50, on Dec 3; Refunds: highest €5.00, on Dec 3',
      }),
    ).toBeInTheDocument();
    // Each day says its figures under the pointer.
    expect(screen.getByText('Dec 4: Revenue €7.00, Refunds €0.00')).toBeInTheDocument();
  });

  it.each([
    [false, 7, ['10', '5', '0']],
    [true, 7, ['10', '5', '0']],
    [false, 4, ['5', '2.5', '0']],
    [true, 4, ['5', '0']],
  ])('with whole numbers %s and a peak of %d, labels the axis %j', (whole, peak, labels) => {
    const { container } = render(
      <MantineProvider>
        <DayChart
          kind="bars"
          height={200}
          points={[{ label: 'Dec 4', values: { orders: peak } }]}
          series={[{ name: 'orders', label: 'Orders', color: 'blue.6' }]}
          format={String}
          whole={whole}
        />
      </MantineProvider>,
    );
    const axis = container.querySelectorAll('.turgus-chart-y span:not(.turgus-chart-y-width)');
    expect(Array.from(axis, (label) => label.textContent)).toEqual(labels);
  });

  it('says when a series has nothing in the period', () => {
    render(
      <MantineProvider>
        <DayChart
          kind="bars"
          height={200}
          points={points.map((point) => ({ ...point, values: { orders: 0 } }))}
          series={[{ name: 'orders', label: 'Orders', color: 'blue.6' }]}
          format={String}
        />
      </MantineProvider>,
    );
    expect(screen.getByRole('img', { name: 'Orders: none in this period' })).toBeInTheDocument();
  });
});
