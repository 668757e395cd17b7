/**
 * A search or filter text field bound to a URL parameter: it updates the list once the person pauses
 * typing, and only with a value `accept` allows (a half-typed region code does not query).
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { AnyListParams } from './use-list-params';

const TYPING_DELAY_MS = 300;

export function ListTextFilter({
  params: list,
  name,
  isValid: accept = () => true,
  transform = (value) => value,
  ...input
}: {
  params: AnyListParams;
  name: string;
  /** Only values this accepts reach the URL (and the query); others mark the field invalid. */
  isValid?: (value: string) => boolean;
  transform?: (value: string) => string;
} & Omit<TextInputProps, 'value' | 'onChange' | 'name'>) {
  const committed = list.get(name) ?? '';
  const [text, setText] = useState(committed);
  // Follow the URL when it changes from elsewhere (Back, a link, "clear filters").
  useEffect(() => {
    setText((current) => (current.trim() === committed ? current : committed));
  }, [committed]);
  const commit = useDebouncedCallback((value: string) => {
    const trimmed = value.trim();
    if (trimmed !== committed && accept(trimmed)) list.set({ [name]: trimmed });
  }, TYPING_DELAY_MS);
  return (
    <TextInput
      // A filter sits in a row of filters: its hint goes under the box, so every box in the row lines up.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...input}
      value={text}
      error={input.error ?? (!accept(text.trim()) ? true : undefined)}
      onChange={(event) => {
        const value = transform(event.currentTarget.value);
        setText(value);
        commit(value);
      }}
    />
  );
}
