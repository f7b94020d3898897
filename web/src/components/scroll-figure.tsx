import type { ReactNode } from 'react';

/**
 * A figure that scrolls when it is wider than the screen (a chart on a phone). It takes keyboard focus, so people
 * who do not use a pointer can scroll it with the arrow keys, and carries a name, so a screen reader says what got
 * focus.
 */
export function ScrollFigure({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take focus to scroll by keyboard (WCAG 2.1.1).
    <figure className={`scroll-figure ${className ?? ''}`.trim()} aria-label={label} tabIndex={0}>
      {children}
    </figure>
  );
}
