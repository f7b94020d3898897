import { useEffect, useRef, useState } from 'react';

/**
 * Focus for a button that opens a form in its place: give `ref` to the button and call `returnFocus` when the form
 * closes (added or cancelled); once the button shows again it gets the focus, so keyboard and screen-reader users
 * carry on where they were instead of at the top of the page.
 */
export function useReturnFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (pending && ref.current) {
      ref.current.focus();
      setPending(false);
    }
  });
  return { ref, returnFocus: () => setPending(true) };
}

/**
 * A ref for a form that opens in place of the button that asked for it: on opening, its first field takes the
 * focus, which would otherwise be lost with the button.
 */
export function useFocusFirstField<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, []);
  return ref;
}
