import { describe, expect, it } from 'vitest';
import { parseFile } from './index';

const feed = (name: string, text: string) => parseFile(name, Buffer.from(text, 'utf8'));

describe('feeds', () => {
  it('RSS 2.0: each item an article with its title, link, day as written, categories and HTML body', () => {
    const { articles } = feed(
      'daily.rss',
      `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Daily Current Affairs</title>
<item>
  <title>Wetland Census Released</title>
  <link>https://example.org/2026/02/02/wetland-census</link>
  <pubDate>Mon, 02 Feb 2026 23:30:00 +0530</pubDate>
  <category>Environment</category><category>GS Paper 3</category>
  <content:encoded><![CDATA[<p>The census counts <b>every</b> wetland.</p><ul><li>First point</li></ul><script>alert(1)</script>]]></content:encoded>
</item>
<item>
  <title>Plain Item</title>
  <description>Just a plain description.</description>
</item>
</channel></rss>`,
    );
    expect(articles.map((a) => [a.title, a.date, a.tags, a.url, a.source])).toEqual([
      [
        'Wetland Census Released',
        '2026-02-02',
        ['Environment', 'GS-3'],
        'https://example.org/2026/02/02/wetland-census',
        'Daily Current Affairs',
      ],
      ['Plain Item', null, [], null, 'Daily Current Affairs'],
    ]);
    expect(articles[0]!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The census counts every wetland.'],
      ['bullet', 'First point'],
    ]);
  });

  it('Atom: entries with alternate links, published dates and category terms', () => {
    const { articles } = feed(
      'feed.atom',
      `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes Blog</title>
<entry><title type="html">Tiger &amp; Census</title>
<link rel="alternate" href="https://example.org/tiger"/><link rel="self" href="https://example.org/tiger.xml"/>
<published>2025-07-29T08:00:00Z</published><category term="Environment"/>
<content type="html">&lt;p&gt;Tiger numbers rose.&lt;/p&gt;</content></entry>
</feed>`,
    );
    expect(articles.map((a) => [a.title, a.date, a.tags, a.url, a.blocks.map((b) => b.text)])).toEqual([
      ['Tiger & Census', '2025-07-29', ['Environment'], 'https://example.org/tiger', ['Tiger numbers rose.']],
    ]);
  });

  it('OPML outline: one article of nested points; a subscription list is explained, not imported', () => {
    const outline = feed(
      'revision.opml',
      `<?xml version="1.0"?><opml version="2.0"><head><title>Polity Revision</title></head><body>
<outline text="Fundamental Rights"><outline text="Article 14: equality"><outline text="Reasonable classification"/></outline></outline>
<outline text="DPSP"/></body></opml>`,
    ).articles[0]!;
    expect(outline.title).toBe('Polity Revision');
    expect(outline.blocks.map((b) => [b.level, b.text])).toEqual([
      [0, 'Fundamental Rights'],
      [1, 'Article 14: equality'],
      [2, 'Reasonable classification'],
      [0, 'DPSP'],
    ]);
    expect(() =>
      feed(
        'subs.opml',
        '<opml version="2.0"><head/><body><outline text="PIB" xmlUrl="https://pib.example/rss"/></body></opml>',
      ),
    ).toThrow(/subs\.opml lists 1 feed subscription \(PIB\)/);
  });

  it('refuses entity declarations (billion laughs) and malformed XML with a sentence', () => {
    expect(() =>
      feed(
        'bomb.xml',
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>',
      ),
    ).toThrow(/declares XML entities/);
    expect(() => feed('broken.rss', '<rss><channel><item><title>x</item></rss>')).toThrow(/broken\.rss/);
    expect(() => feed('other.xml', '<?xml version="1.0"?><svg></svg>')).toThrow(
      /not an RSS, Atom or OPML file/,
    );
  });
});
