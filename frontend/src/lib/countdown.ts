import { useEffect, useEffectEvent, useState } from 'react';

/** Whole seconds as a clock shows them: "04:59", or "23:59:59" from an hour up. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const two = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return hours > 0
    ? `${String(hours)}:${two(minutes)}:${two(rest)}`
    : `${two(minutes)}:${two(rest)}`;
}

/**
 * The whole seconds left until `deadline` (epoch milliseconds), counting down every second to 0,
 * when `onEnd` is called. A component counts down to one deadline: give it a `key` that changes
 * with the deadline.
 */
export function useCountdown(deadline: number, onEnd?: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  const end = useEffectEvent(() => {
    onEnd?.();
  });

  useEffect(() => {
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) {
        window.clearInterval(timer);
        end();
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [deadline]);

  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
