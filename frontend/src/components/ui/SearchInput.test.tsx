import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchInput } from './SearchInput';

function renderSearch(onSearch: (value: string) => void) {
  render(
    <MantineProvider env="test">
      <SearchInput label="Search" value="" onSearch={onSearch} delay={300} />
      <button type="button">Elsewhere</button>
    </MantineProvider>,
  );
  return screen.getByRole('searchbox', { name: 'Search' });
}

describe('SearchInput', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports what was typed once the typing pauses', () => {
    vi.useFakeTimers();
    const onSearch = vi.fn();
    const box = renderSearch(onSearch);
    fireEvent.change(box, { target: { value: ' tea ' } });
    expect(onSearch).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('tea');
  });

  it('reports at once when the box is left, and not again later', () => {
    vi.useFakeTimers();
    const onSearch = vi.fn();
    const box = renderSearch(onSearch);
    box.focus();
    fireEvent.change(box, { target: { value: 'kettle' } });
    fireEvent.blur(box);
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('kettle');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(onSearch).toHaveBeenCalledTimes(1);
  });

  it('reports nothing when the box is left with nothing new typed', () => {
    vi.useFakeTimers();
    const onSearch = vi.fn();
    const box = renderSearch(onSearch);
    box.focus();
    fireEvent.blur(box);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(onSearch).not.toHaveBeenCalled();
  });
});
