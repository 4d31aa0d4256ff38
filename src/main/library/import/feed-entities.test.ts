import { describe, expect, it } from 'vitest';
import { parseFile } from './index';

const feed = (name: string, text: string) => parseFile(name, Buffer.from(text, 'utf8'));

/** An RSS feed of `items` items whose descriptions are escaped HTML, as most real feeds send them. */
function escapedHtmlFeed(items: number): string {
  const item = (i: number) => `<item>
  <title>Story ${i} &amp; more</title>
  <link>https://news.example/${i}</link>
  <pubDate>Mon, 10 Jan 2022 10:00:00 GMT</pubDate>
  <description>&lt;p&gt;First paragraph of story ${i}, with &lt;b&gt;bold&lt;/b&gt; words &amp;amp; a quote &amp;quot;here&amp;quot;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Point one of ${i}&lt;/li&gt;&lt;li&gt;Point two of ${i}&lt;/li&gt;&lt;/ul&gt;</description>
</item>`;
  const body = Array.from({ length: items }, (_, i) => item(i + 1)).join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${body}</channel></rss>`;
}

describe('entity references in feeds (issue 14 #5)', () => {
  it('reads a 60-item feed of escaped HTML, far over 1,000 references', () => {
    const text = escapedHtmlFeed(60);
    expect(text.match(/&[a-z]+;/g)!.length).toBeGreaterThan(1000);
    const { articles } = feed('news.rss', text);
    expect(articles).toHaveLength(60);
    expect(articles[59]!.title).toBe('Story 60 & more');
    const texts = articles[0]!.blocks.map((b) => b.text);
    expect(texts).toContain('Point one of 1');
    expect(texts.join(' ')).toContain('bold words & a quote "here"');
  });

  it('still refuses a billion-laughs declaration, also one placed after 100 KB of comment', () => {
    const bomb =
      '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">' +
      '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">';
    const late = `<?xml version="1.0"?><!-- ${'x'.repeat(110_000)} --><!DOCTYPE rss [${bomb}]><rss><channel><item><title>&e;&e;&e;</title><description>Body text.</description></item></channel></rss>`;
    // Past the first check the parser's limits hold: the entities are never expanded (10^5 letters each).
    const outcome = (() => {
      try {
        return feed('late-bomb.xml', late);
      } catch (error) {
        return error as Error;
      }
    })();
    if (outcome instanceof Error) expect(outcome.message).toMatch(/late-bomb\.xml/);
    else expect(outcome.articles[0]!.title.length).toBeLessThan(100);
    const early = `<?xml version="1.0"?><!DOCTYPE rss [${bomb}]><rss><channel><item><title>&e;</title></item></channel></rss>`;
    expect(() => feed('bomb.xml', early)).toThrow(/declares XML entities/);
  });
});
