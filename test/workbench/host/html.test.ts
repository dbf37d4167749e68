// Server-rendered HTML escapes every value: demo data is user content.
import { embedJson, escapeHtml, html } from '../../../workbench/host/html';

describe('html', () => {
  it('escapes strings and keeps fragments', () => {
    const summary = '<img src=x onerror=alert(1)> & "quotes"';
    expect(html`<p title="${summary}">${summary}</p>${html`<b>kept</b>`}`.__html)
      .toBe('<p title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p><b>kept</b>');
  });

  it('escapes single quotes', () => {
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });

  it('embeds JSON that cannot close its script element', () => {
    expect(embedJson({ text: '</script><script>alert(1)</script>' }).__html).not.toContain('</script>');
  });
});
