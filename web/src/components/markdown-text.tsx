import { useEffect, useMemo, useState } from 'react';

type Render = (text: string) => string;
let loaded: Render | undefined;
// The Markdown renderer is loaded on first use, so it stays out of the page's first download.
const loading = () =>
  import('../../../src/report/markdown-html.js').then((module) => {
    loaded = module.markdownHtml;
    return loaded;
  });

/**
 * Text people typed as Markdown, shown rendered: the same safe rendering the HTML and PDF reports use (raw HTML
 * escaped, unsafe links dropped), so a list reads as a list and `code` as code. Until the renderer has loaded (a
 * moment, once) the text shows as typed. `empty` is shown for blank text.
 */
export function MarkdownText({ text, empty }: { text: string; empty?: string }) {
  const [render, setRender] = useState<Render | undefined>(() => loaded);
  useEffect(() => {
    if (render) return;
    let live = true;
    loading().then(
      (ready) => live && setRender(() => ready),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [render]);
  const html = useMemo(() => render?.(text), [render, text]);
  if (text.trim() === '') return empty === undefined ? null : <p className="muted">{empty}</p>;
  if (html === undefined) return <div className="prose">{text}</div>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: markdownHtml escapes every tag typed and drops unsafe links.
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
