import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock, useCountdown } from './countdown';

describe('formatClock', () => {
  it.each([
    [0, '00:00'],
    [5, '00:05'],
    [299.2, '05:00'],
    [300, '05:00'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [86_400, '24:00:00'],
    [-3, '00:00'],
  ])('%d s is %s', (seconds, clock) => {
    expect(formatClock(seconds)).toBe(clock);
  });
});

function Clock({ until, onEnd }: { until: number; onEnd: () => void }) {
  return <p>{formatClock(useCountdown(until, onEnd))}</p>;
}

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down every second and says when it is over, once', () => {
    const onEnd = vi.fn();
    render(<Clock until={Date.now() + 2_000} onEnd={onEnd} />);
    expect(screen.getByText('00:02')).toBeInTheDocument();

    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByText('00:01')).toBeInTheDocument();
    expect(onEnd).not.toHaveBeenCalled();

    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByText('00:00')).toBeInTheDocument();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
