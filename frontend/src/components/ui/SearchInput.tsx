import { Box, Paper, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useId, useState } from 'react';
import { SearchIcon } from './icons';

interface SearchInputProps {
  label: string;
  placeholder?: string;
  /** The search in force (from the address bar). */
  value: string;
  /** Called once typing pauses. */
  onSearch: (value: string) => void;
  delay?: number;
  /** Offered below the empty box while it has the focus. */
  suggestions?: readonly string[];
  /** What the offered searches are, e.g. "Trending searches". */
  suggestionsLabel?: string;
  /** The box got or lost the focus (e.g. to fetch suggestions only when needed). */
  onFocusChange?: (focused: boolean) => void;
}

/** A search box that reports what was typed once the typing pauses. */
export function SearchInput({
  label,
  placeholder,
  value,
  onSearch,
  delay = 300,
  suggestions = [],
  suggestionsLabel,
  onFocusChange,
}: SearchInputProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [focused, setFocused] = useState(false);
  const listId = useId();
  const report = useDebouncedCallback((next: string) => {
    onSearch(next.trim());
  }, delay);

  // The search changed elsewhere (a link, the back button): show it.
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }

  const focus = (next: boolean) => {
    setFocused(next);
    onFocusChange?.(next);
  };
  const offered = focused && text.trim() === '' && suggestions.length > 0;

  return (
    <Box pos="relative">
      <TextInput
        type="search"
        label={label}
        placeholder={placeholder}
        leftSection={<SearchIcon size={16} />}
        value={text}
        aria-controls={offered ? listId : undefined}
        onFocus={() => {
          focus(true);
        }}
        onBlur={() => {
          // Leaving the box (for a link or a tab, say) reports what was typed at once: a search
          // reported later, from a page being left, would lead back to it.
          report.flush();
          focus(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setFocused(false);
        }}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          report(next);
        }}
      />
      {offered && (
        <Paper
          id={listId}
          withBorder
          shadow="md"
          radius="md"
          p={4}
          pos="absolute"
          left={0}
          right={0}
          style={{ zIndex: 20, top: '100%', marginTop: 4 }}
          // Keep the focus in the box while a suggestion is clicked.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
        >
          <nav aria-label={suggestionsLabel ?? label}>
            {suggestionsLabel && (
              <Text size="xs" c="dimmed" px="sm" py={4}>
                {suggestionsLabel}
              </Text>
            )}
            <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {suggestions.map((suggestion) => (
                <li key={suggestion}>
                  <UnstyledButton
                    w="100%"
                    px="sm"
                    py={6}
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                    onClick={() => {
                      report.cancel();
                      setText(suggestion);
                      onSearch(suggestion);
                    }}
                  >
                    <Text size="sm">{suggestion}</Text>
                  </UnstyledButton>
                </li>
              ))}
            </Box>
          </nav>
        </Paper>
      )}
    </Box>
  );
}
