import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../shared/domain';
import { failureText, fullMap, isMappable, replaceFileInReport } from './remap';

const dump = {
  path: '/data/news.csv',
  error:
    'news.csv: no title or body field recognised; fields are: Topic Name, Story — map them with --map "title=Topic Name,body=Story"',
  kind: 'unmapped-fields' as const,
  fields: ['Topic Name', 'Story'],
};

describe('mapping a dump from the import summary', () => {
  it('knows which failures can be mapped, and drops the command-line hint from their sentence', () => {
    expect(isMappable(dump)).toBe(true);
    expect(isMappable({ path: '/a.txt', error: 'a.txt is empty.' })).toBe(false);
    expect(failureText(dump)).toBe(
      'news.csv: no title or body field recognised; fields are: Topic Name, Story.',
    );
    expect(failureText({ path: '/a.txt', error: 'a.txt is empty.' })).toBe('a.txt is empty.');
  });

  it('puts a re-import in place of the file’s failure, keeping everything else', () => {
    const report: ImportReport = {
      imported: [{ id: 1, title: 'First', path: '/data/a.txt' }],
      duplicates: [],
      failed: [{ path: '/data/bad.txt', error: 'bad.txt is empty.' }, dump],
      skipped: [{ path: '/data/news.csv', title: 'news.csv', reason: 'old reason' }],
    };
    const again: ImportReport = {
      imported: [{ id: 2, title: 'Monsoon Session', path: '/data/news.csv' }],
      duplicates: [{ path: '/data/news.csv', id: 1 }],
      failed: [],
      skipped: [{ path: '/data/news.csv', title: 'row 5', reason: 'row 5 has no article text' }],
    };
    expect(replaceFileInReport(report, '/data/news.csv', again)).toEqual({
      imported: [
        { id: 1, title: 'First', path: '/data/a.txt' },
        { id: 2, title: 'Monsoon Session', path: '/data/news.csv' },
      ],
      duplicates: [{ path: '/data/news.csv', id: 1 }],
      failed: [{ path: '/data/bad.txt', error: 'bad.txt is empty.' }],
      skipped: [{ path: '/data/news.csv', title: 'row 5', reason: 'row 5 has no article text' }],
    });
    const stillFailing = replaceFileInReport(report, '/data/news.csv', {
      imported: [],
      duplicates: [],
      failed: [{ ...dump, error: 'news.csv: the body field “X” is not in the file' }],
    });
    expect(stillFailing.failed.map((f) => f.error)).toEqual([
      'bad.txt is empty.',
      'news.csv: the body field “X” is not in the file',
    ]);
    expect(stillFailing.skipped).toBeUndefined();
  });

  it('sends every role, none (empty) where the field is not the file’s', () => {
    const fields = [
      { name: 'Topic Name', sample: '' },
      { name: 'Story', sample: '' },
    ];
    expect(fullMap({ title: 'Topic Name', body: 'Story', date: 'gone' }, fields)).toEqual({
      title: 'Topic Name',
      body: 'Story',
      date: '',
      tags: '',
      url: '',
    });
  });
});
