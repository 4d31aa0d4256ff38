import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../../../shared/message-codes';
import { verifyBackup } from '../backup/archive';
import { feedMessage, refreshMessage, OFFLINE_MESSAGE } from '../feeds/messages';
import { cutOffWarning } from './cut-off';
import { decodeDocument } from './decode';
import { parseFile } from './index';
import { addMessageCodes, codedSentence } from './report-codes';

const LIMITS = { maxBytes: 10 };
const thrown = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a throw');
};

describe('the codes of the core’s sentences', () => {
  it('recognise the sentences the core really writes, and fill back to them word for word', () => {
    const cases = [
      [thrown(() => decodeDocument('a.txt', new Uint8Array(0), LIMITS)), 'import.empty', { name: 'a.txt' }],
      [
        thrown(() => decodeDocument('big.txt', new Uint8Array(20_000_000), { maxBytes: 10_000_000 })),
        'import.tooLarge',
        { name: 'big.txt', size: '20.0 MB', limit: '10.0 MB' },
      ],
      [
        thrown(() =>
          decodeDocument('p.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2]), { maxBytes: 100 }),
        ),
        'import.looksLikePdf',
        { name: 'p.txt' },
      ],
      [thrown(() => parseFile('b.md', new TextEncoder().encode('  \n '))), 'import.blank', { name: 'b.md' }],
      [cutOffWarning('x.html'), 'warn.cutOff', { name: 'x.html' }],
      [cutOffWarning('d.json', 'Budget'), 'warn.cutOffArticle', { name: 'd.json', title: 'Budget' }],
      [refreshMessage({ status: 'unchanged', new: 0, updated: 0, error: null }), 'feed.unchanged', {}],
      [OFFLINE_MESSAGE, 'feed.offline', {}],
    ] as const;
    for (const [sentence, code, params] of cases) {
      expect(codedSentence(sentence), sentence).toEqual({ code, params });
      expect(formatCoreMessage(code, params)).toBe(sentence);
    }
    expect(feedMessage({ status: 'pending' } as Parameters<typeof feedMessage>[0])).toBe(
      formatCoreMessage('feed.notFetched'),
    );
  });

  it('recognise a backup the core refuses', async () => {
    const file = '/nowhere/bulletin-2026-01-01.zip';
    const message = await verifyBackup(file).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(codedSentence(message)).toEqual({ code: 'backup.missing', params: { file } });
    expect(formatCoreMessage('backup.missing', { file })).toBe(message);
  });

  it('adds code and params to a report’s lines and leaves every sentence as it was', () => {
    const report = addMessageCodes({
      imported: [],
      duplicates: [],
      failed: [
        { path: '/x/a.txt', error: 'a.txt is empty.' },
        { path: '/x/odd.txt', error: 'odd.txt went sideways.' },
      ],
      skipped: [{ path: '/x/d.json', title: 'line 3', reason: 'line 3 is not valid JSON' }],
      warnings: [{ path: '/x/p.html', warning: 'p.html looks cut off: the last article may be incomplete' }],
    });
    expect(report.failed).toEqual([
      { path: '/x/a.txt', error: 'a.txt is empty.', code: 'import.empty', params: { name: 'a.txt' } },
      { path: '/x/odd.txt', error: 'odd.txt went sideways.' },
    ]);
    expect(report.skipped).toEqual([
      {
        path: '/x/d.json',
        title: 'line 3',
        reason: 'line 3 is not valid JSON',
        code: 'skip.lineNotJson',
        params: { n: '3' },
      },
    ]);
    expect(report.warnings![0]).toMatchObject({ code: 'warn.cutOff', params: { name: 'p.html' } });
  });
});
