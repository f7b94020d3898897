import { describe, expect, it } from 'vitest';
import { markdownHtml } from './markdown-html.js';

describe('Markdown people typed, as safe HTML', () => {
  it('renders lists, emphasis and inline code instead of showing the marks', () => {
    const html = markdownHtml('The pool ran dry:\n\n- `max_conns` was 20\n- **no alert** fired');
    expect(html).toContain('<ul>');
    expect(html).toContain('<li><code>max_conns</code> was 20</li>');
    expect(html).toContain('<strong>no alert</strong>');
    expect(html).not.toContain('- ');
  });

  it('keeps a line break typed inside a paragraph, but not inside fenced code', () => {
    expect(markdownHtml('first line\nsecond line')).toBe('<p>first line<br />\nsecond line</p>');
    expect(markdownHtml('```\na\nb\n```')).toBe('<pre><code>a\nb\n</code></pre>');
  });

  it('escapes raw HTML and drops unsafe links', () => {
    const html = markdownHtml(
      '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) ![i](data:image/svg+xml,1)',
    );
    expect(html).not.toMatch(/<script|<img src=x|onerror=alert\(2\)>|href="javascript:|src="data:/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('loads no image: a typed one stays a link, so no browser fetches it on its own', () => {
    const html = markdownHtml('See ![chart](/api/incidents/INC-1/report?format=pdf&override=1) now');
    expect(html).not.toContain('<img');
    expect(html).toBe(
      '<p>See <a href="/api/incidents/INC-1/report?format=pdf&amp;override=1">chart</a> now</p>',
    );
    expect(markdownHtml('![](https://grafana.example/d/1.png) and `![x](y)`')).toBe(
      '<p><a href="https://grafana.example/d/1.png">https://grafana.example/d/1.png</a> and <code>![x](y)</code></p>',
    );
  });

  it('keeps typed headings below the report’s own', () => {
    expect(markdownHtml('# Big\n\ntext')).toBe('<h4>Big</h4>\n<p>text</p>');
  });

  it('is empty for empty text', () => {
    expect(markdownHtml('  \n ')).toBe('');
  });
});
