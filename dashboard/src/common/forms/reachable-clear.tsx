/**
 * A clear button a person can find and use on a Mantine Select or MultiSelect: named, reachable by Tab,
 * a 24 px target (the least WCAG 2.5.8 allows beside the field; Mantine's is 22), and leaving the focus in
 * the field, closed, once it has cleared it. Mantine's own is hidden from assistive technology and from Tab
 * (emptying a Select's text, or Backspace in a MultiSelect, clears too), so a keyboard or screen-reader
 * user could not clear a choice at once, and a browser test looking for the button by its role and name
 * could not find it.
 *
 *   <ClearableMultiSelect label="Topics" clearLabel="Clear topics" data={…} value={…} onChange={…} />
 *
 * or, for a field of its own, `useReachableClear` (search-select.tsx).
 */
import { MultiSelect, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { type FocusEvent, type Ref, type RefObject, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

interface ClearableProps {
  clearButtonProps?: SelectProps['clearButtonProps'];
  onClear?: () => void;
  openOnFocus?: boolean;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
}

/**
 * The props that make the field's clear button reachable, named `label`; with no label, the field's own
 * props unchanged (Mantine's hidden button).
 */
export function useReachableClear(
  label: string | undefined,
  field: RefObject<HTMLInputElement | null>,
  props: ClearableProps,
): ClearableProps {
  // After the clear button, the focus goes back to the field without opening its choices over the page.
  const [quietFocus, setQuietFocus] = useState(false);
  if (!label) {
    const { clearButtonProps, onClear, openOnFocus, onBlur } = props;
    return { clearButtonProps, onClear, openOnFocus, onBlur };
  }
  return {
    clearButtonProps: {
      ...props.clearButtonProps,
      'aria-label': label,
      'aria-hidden': false,
      tabIndex: 0,
      size: '24px',
    },
    onClear: () => {
      props.onClear?.();
      // The button goes once the choice is cleared; without this the focus would fall to the page.
      flushSync(() => setQuietFocus(true));
      field.current?.focus();
    },
    openOnFocus: !quietFocus && (props.openOnFocus ?? true),
    onBlur: (event) => {
      setQuietFocus(false);
      props.onBlur?.(event);
    },
  };
}

/** A clearable MultiSelect whose clear button is named `clearLabel` and reachable (above). */
export function ClearableMultiSelect({
  clearLabel,
  ref,
  ...props
}: MultiSelectProps & { clearLabel: string; ref?: Ref<HTMLInputElement> }) {
  const field = useRef<HTMLInputElement>(null);
  const merged = useMergedRef(field, ref);
  const clear = useReachableClear(clearLabel, field, props);
  return <MultiSelect {...props} clearable {...clear} ref={merged} />;
}
