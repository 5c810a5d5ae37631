import { describe, expect, it } from 'vitest';
import { escapeHtml, featureDescription, featurePage } from '../../scripts/build/feature-pages';
import { fixture, withProperties } from '../fixtures/features';

describe('per-feature pages', () => {
  it('escapes every markup character', () =>
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    ));

  it('describes the feature by kind, status and date', () =>
    expect(featureDescription(fixture('khasan-tumangang-road-bridge'))).toBe(
      'Road bridge, Under construction, target 2026. Border Logistics Map: Russia’s land links with China and North Korea.',
    ));

  it('writes title, Open Graph and Twitter tags, a CSP, a meta refresh to ?feature=<id>, and no script', () => {
    const html = featurePage(fixture('dzhalinda-mohe-bridge'), "default-src 'self'");
    expect(html).toContain('<title>Dzhalinda–Mohe Bridge — Border Logistics Map</title>');
    expect(html).toContain(
      '<meta property="og:title" content="Dzhalinda–Mohe Bridge — Border Logistics Map" />',
    );
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toContain('content="default-src &#39;self&#39;"');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=../../?feature=dzhalinda-mohe-bridge&amp;v=1" />',
    );
    expect(html).not.toMatch(/<script/i);
  });

  it('keeps a hostile name inert', () => {
    const hostile = withProperties('dzhalinda-mohe-bridge', {
      name: { en: '"><script>alert(1)</script><meta http-equiv="refresh" content="0;url=javascript:x">' },
    });
    const html = featurePage(hostile, "default-src 'self'");
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<meta http-equiv="refresh"/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
