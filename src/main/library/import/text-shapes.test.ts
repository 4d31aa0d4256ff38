import { describe, expect, it } from 'vitest';
import { parseCopiedText, textBlocks } from './text';

const parse = (text: string) => parseCopiedText({ name: 'copied.txt', text });

describe('copied text shapes', () => {
  it('marks bullet lists as bulleted or numbered, keeping the number in the text', () => {
    const { blocks } = parse('T\n\n• dot\n- dash\n1. one\n2) two\n(i) roman\n(a) letter\n');
    expect(blocks.map((b) => [b.text, b.listStyle])).toEqual([
      ['dot', 'bulleted'],
      ['dash', 'bulleted'],
      ['1. one', 'numbered'],
      ['2) two', 'numbered'],
      ['(i) roman', 'numbered'],
      ['(a) letter', 'numbered'],
    ]);
  });

  it('keeps Label: lead-ins as text and reads a bare label line as a heading', () => {
    const { blocks } = parse(
      'Title\n\nContext: The ministry released a report.\n\nAbout the report:\n\n• It covers every state.\n\nKey Findings\n\nA paragraph after.\n',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Context: The ministry released a report.'],
      ['heading', 'About the report'],
      ['bullet', 'It covers every state.'],
      ['heading', 'Key Findings'],
      ['paragraph', 'A paragraph after.'],
    ]);
  });

  it('does not take a Hindi sentence ending in a danda for a heading', () => {
    const { blocks } = parse('शीर्षक\n\nयह एक वाक्य है।\n\nअगला वाक्य भी है।\n');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads the PIB Hindi date label and the ministry-free release lines', () => {
    const article = parse(
      'ग्राम जल समितियां\n\nप्रविष्टि तिथि: 05 MAR 2026 4:15PM by PIB Delhi\n\nदेश के हर जिले में समितियां बनीं।\n',
    );
    expect([article.date, article.dateText, article.source]).toEqual(['2026-03-05', '05 MAR 2026', 'PIB']);
  });

  it('drops scraper debris from dump bodies but keeps real short lines', () => {
    expect(textBlocks('First sentence here.\n\nSecond line of text.\n\nSR').map((b) => b.text)).toEqual([
      'First sentence here.',
      'Second line of text.',
    ]);
    expect(textBlocks('Points:\n\n- Yes\n- No\n- Maybe\n- Later\n').map((b) => b.text)).toEqual([
      'Points',
      'Yes',
      'No',
      'Maybe',
      'Later',
    ]);
  });
});

describe('metadata lines', () => {
  it('reads a labelled date line but keeps a sentence that only starts with a label', () => {
    const article = parse(
      'T\n\nDate: The treaty was signed on 10 January 2022 in the capital by both sides.\n\nBody.\n',
    );
    expect(article.date).toBeNull();
    expect(article.blocks[0]!.text).toBe(
      'Date: The treaty was signed on 10 January 2022 in the capital by both sides.',
    );
  });
});
