import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, tempDir } from '../../test/support/temp-library';
import { runCli } from '../../test/support/cli';

const CSV = join(IMPORT_FIXTURES, 'unmapped-news.csv');

const cli = (library: string, ...args: string[]) => runCli(library, args);

describe('the command line and data dumps it does not recognise', () => {
  it('names the fields in the failure (JSON gains kind and fields), then imports with --map', () => {
    const lib = tempDir();
    const failed = cli(lib, 'import', CSV, '--json');
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toEqual({
      imported: [],
      duplicates: [],
      failed: [
        {
          path: CSV,
          error:
            'unmapped-news.csv: no title or body field recognised; fields are: Topic Name, Story, Published On, Labels, Source Link — map them with --map "title=Topic Name,body=Story"',
          kind: 'unmapped-fields',
          fields: ['Topic Name', 'Story', 'Published On', 'Labels', 'Source Link'],
        },
      ],
    });
    const text = cli(lib, 'import', CSV);
    expect(text.stdout).toContain(
      'failed: unmapped-news.csv: no title or body field recognised; fields are:',
    );

    const mapped = cli(
      lib,
      'import',
      CSV,
      '--map',
      'title=Topic Name,body=Story,date=Published On',
      '--json',
    );
    expect(mapped.code).toBe(0);
    const report = JSON.parse(mapped.stdout) as {
      imported: Array<{ title: string }>;
      skipped: Array<{ reason: string }>;
      failed: unknown[];
    };
    expect(report.imported.map((a) => a.title)).toEqual([
      'Monsoon Session of Parliament',
      'Green Hydrogen Mission',
      'Ramsar Sites Added',
    ]);
    expect(report.skipped.map((s) => s.reason)).toEqual(['row 5 has no article text']);
    expect(report.failed).toEqual([]);
  });
});
