import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { SearchIcon } from './icons';

interface SearchInputProps {
  label: string;
  placeholder?: string;
  /** The search in force (from the address bar). */
  value: string;
  /** Called once typing pauses. */
  onSearch: (value: string) => void;
  delay?: number;
}

/** A search box that reports what was typed once the typing pauses. */
export function SearchInput({
  label,
  placeholder,
  value,
  onSearch,
  delay = 300,
}: SearchInputProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const report = useDebouncedCallback((next: string) => {
    onSearch(next.trim());
  }, delay);

  // The search changed elsewhere (a link, the back button): show it.
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      leftSection={<SearchIcon size={16} />}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        report(next);
      }}
    />
  );
}
