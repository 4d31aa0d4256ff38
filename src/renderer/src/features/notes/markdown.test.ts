import { describe, expect, it } from 'vitest';
import { linkTitles, MAX_NESTING, parseMarkdown, parseNote, plainText, type MdNode } from './markdown';

/** The tree as compact text, for readable expectations. */
function show(nodes: readonly MdNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'wikilink') return `[[${node.title}]]`;
      if (node.kind === 'external') return `<ext ${node.href}>${show(node.children)}</ext>`;
      const extra = node.heading ? ` h${node.heading}` : node.start ? ` start=${node.start}` : '';
      return `<${node.tag}${extra}>${show(node.children)}</${node.tag}>`;
    })
    .join('');
}

describe('parseNote', () => {
  it('keeps emphasis, lists and line breaks', () => {
    expect(show(parseNote('**Chair** + 8 members\n50% *judicial*\n\n- one\n- two'))).toBe(
      '<p><strong>Chair</strong> + 8 members<br></br>50% <em>judicial</em></p><ul><li>one</li><li>two</li></ul>',
    );
  });

  it('shows raw HTML as text, never as markup', () => {
    expect(show(parseNote('<script>alert(1)</script> and <b>bold</b>'))).toBe(
      '<p><script>alert(1)</script> and <b>bold</b></p>',
    );
  });

  it('reads [[links]] to articles', () => {
    const nodes = parseNote(
      'See [[Lokpal and Lokayuktas]] and [[ramsar sites in india]], [[Lokpal and lokayuktas]].',
    );
    expect(show(nodes)).toBe(
      '<p>See [[Lokpal and Lokayuktas]] and [[ramsar sites in india]], [[Lokpal and lokayuktas]].</p>',
    );
    expect(linkTitles(nodes)).toEqual(['Lokpal and Lokayuktas', 'ramsar sites in india']);
  });

  it('leaves an unclosed [[ as text', () => {
    expect(show(parseNote('a [[b'))).toBe('<p>a [[b</p>');
  });

  it('keeps web links as text with their address, and images as their description', () => {
    expect(show(parseNote('[PIB](https://pib.gov.in) ![chart](x.png) [bad](javascript:alert(1))'))).toBe(
      '<p><ext https://pib.gov.in>PIB</ext> chart [bad](javascript:alert(1))</p>',
    );
  });

  it('turns headings into emphasised paragraphs and keeps code', () => {
    expect(show(parseNote('# Title\n\n`x`\n\n```\nlet y\n```\n\n3. three'))).toBe(
      '<p h1>Title</p><p><code>x</code></p><pre><code>let y</code></pre><ol start=3><li>three</li></ol>',
    );
  });

  it('gives the plain text of a note', () => {
    expect(plainText(parseNote('**a** [[B]]\nc'))).toBe('a B c');
  });
});

describe('hostile nesting (issue 14 #1)', () => {
  /** The deepest level of the tree, counted without recursion. */
  const depthOf = (nodes: readonly MdNode[]): number => {
    let deepest = 0;
    const stack: Array<[readonly MdNode[], number]> = [[nodes, 1]];
    while (stack.length > 0) {
      const [list, depth] = stack.pop()!;
      deepest = Math.max(deepest, depth);
      for (const node of list) if ('children' in node) stack.push([node.children, depth + 1]);
    }
    return deepest;
  };

  it('caps a note of 5,000 nested emphasis marks, and keeps its text', () => {
    const nodes = parseNote(`${'*'.repeat(5000)}x${'*'.repeat(5000)}`);
    expect(depthOf(nodes)).toBeLessThanOrEqual(MAX_NESTING + 2);
    expect(plainText(nodes)).toContain('x');
  });

  it('caps nested quotes and lists too', () => {
    const quotes = parseNote(`${'> '.repeat(80)}deep quote`);
    expect(depthOf(quotes)).toBeLessThanOrEqual(MAX_NESTING + 2);
    expect(plainText(quotes)).toContain('deep quote');
    const list = parseNote(Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'));
    expect(depthOf(list)).toBeLessThanOrEqual(MAX_NESTING + 2);
    expect(plainText(list)).toContain('level 39');
  });

  it('leaves ordinary nesting alone', () => {
    const nodes = parseNote('- **bold _and em_** item\n  - nested');
    expect(depthOf(nodes)).toBeGreaterThan(3);
    expect(plainText(nodes)).toContain('bold and em');
  });
});

describe('a note of plain words', () => {
  it('is one paragraph of its text, as markdown-it reads it', () => {
    for (const note of ['Note 12 on this point', 'लोकपाल में अध्यक्ष और 8 सदस्य', 'Art. 21 (life), see p. 4.'])
      expect(parseNote(note)).toEqual(parseMarkdown(note));
    expect(show(parseNote('Note 12 on this point'))).toBe('<p>Note 12 on this point</p>');
  });

  it('reads the same as markdown-it for any text, Markdown or not', () => {
    // Random notes over letters, digits, spaces and every character Markdown gives a meaning to.
    const alphabet = [...'ab Zअ1 9.,()\'"|?/;\t\n\r\u00a0!#$%&*+-:<=>@[\\]^_`{}~'];
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let plain = 0;
    for (let i = 0; i < 4000; i++) {
      const length = 1 + Math.floor(random() * 12);
      // Mostly words, so that many notes are plain.
      const note = Array.from({ length }, () =>
        random() < 0.8
          ? 'ab Zअ1 9.,()'[Math.floor(random() * 12)]
          : alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const fast = parseNote(note);
      expect(fast, JSON.stringify(note)).toEqual(parseMarkdown(note));
      if (show(fast) === `<p>${note}</p>`) plain++;
    }
    expect(plain).toBeGreaterThan(500);
  });
});
