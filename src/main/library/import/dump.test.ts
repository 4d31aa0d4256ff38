import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnmappedFieldsError } from '../errors';
import { IMPORT_FIXTURES } from '../../../../test/support/temp-library';
import { dumpFieldNames, readDumpRecords, recognisedFields, suggestFieldMap } from './dump';
import { parseFile } from './index';
import type { FieldMap } from './model';

const parse = (name: string, text: string, map?: Parameters<typeof parseFile>[2]) =>
  parseFile(name, Buffer.from(text, 'utf8'), map);

const drishtiBody = (slug: string, title: string, tags: string[]) => `<div class="article-detail">
<div class="next-post"><a class="prev" href="https://www.drishtiias.com/news-analysis/01-07-2021">Prev</a></div>
<h2><a href="https://www.drishtiias.com/daily-updates/daily-news-analysis/${slug}">${title}</a></h2>
<div class="tags-new"><ul>Tags: ${tags.map((t) => `<li><a href="/tags/x">${t}</a></li>`).join('')}</ul></div>
<h3>Why in News</h3>
<p>Text of ${title}.</p>
<ul style="list-style-type: square;"><li><strong>About:</strong><br/><ul style="list-style-type: circle;"><li>Point of ${title}.</li></ul></li></ul>
</div>`;

describe('JSON dumps', () => {
  it('project-ias Drishti shape: title, link and tags inside the HTML body win over the record’s own', () => {
    // The scraper put each article's title/link/tags on the next record.
    const records = [
      {
        date: '2021-07-02',
        content: drishtiBody('first-topic', 'First Topic', ['GS Paper - 2', 'Polity']),
        link: 'https://www.drishtiias.com/x/zero',
        tags: ['GS Paper - 1'],
        title: 'Zero Topic',
      },
      {
        date: '2021-07-02',
        content: drishtiBody('second-topic', 'Second Topic', ['GS Paper - 3', 'Economy']),
        link: 'https://www.drishtiias.com/daily-updates/daily-news-analysis/first-topic',
        tags: ['GS Paper - 2', 'Polity'],
        title: 'First Topic',
      },
    ];
    const { articles } = parse('latest_content.json', JSON.stringify({ content: records }));
    expect(articles.map((a) => [a.title, a.date, a.tags, a.url])).toEqual([
      [
        'First Topic',
        '2021-07-02',
        ['GS-2', 'Polity'],
        'https://www.drishtiias.com/daily-updates/daily-news-analysis/first-topic',
      ],
      [
        'Second Topic',
        '2021-07-02',
        ['GS-3', 'Economy'],
        'https://www.drishtiias.com/daily-updates/daily-news-analysis/second-topic',
      ],
    ]);
    expect(articles[0]!.blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 3, 'Why in News'],
      ['paragraph', 0, 'Text of First Topic.'],
      ['bullet', 0, 'About:'],
      ['bullet', 1, 'Point of First Topic.'],
    ]);
  });

  it('PIB ankitbuilder shape: headline, ministry as tag, <p>-only fullText, date from the file name, AI summary ignored', () => {
    const records = [
      {
        headline: 'Ministry Launches Soil Card Drive ',
        summaryText: '**1. CONTEXT**\n\n* machine-written summary',
        category: 'Ministry of Agriculture',
        imageUrl: 'https://static.example/banner.png',
        articleUrl: 'https://pib.gov.in/PressReleasePage.aspx?PRID=2000001&reg=3&lang=1',
        fullText:
          '<p>Ministry of Agriculture</p><p>The ministry began a drive to give every farm a soil card.</p><p>(i) Cards list the nutrients.</p><p>Read this release in: Tamil , Kannada</p>',
      },
    ];
    const { articles } = parse('2026-02-26.json', JSON.stringify(records));
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect([a!.title, a!.date, a!.tags, a!.url]).toEqual([
      'Ministry Launches Soil Card Drive',
      '2026-02-26',
      ['Ministry of Agriculture'],
      'https://pib.gov.in/PressReleasePage.aspx?PRID=2000001&reg=3&lang=1',
    ]);
    expect(a!.blocks.map((b) => b.text)).toEqual([
      'The ministry began a drive to give every farm a soil card.',
      '(i) Cards list the nutrients.',
    ]);
  });

  it('examfit shape: records under a key, URL date over scrape time, navigation pages and empty records reported, not imported', () => {
    const data = {
      currentAffairs: [
        {
          id: '1',
          title: 'Ocean Treaty Ratified',
          content: 'The treaty was ratified by enough states to enter into force.',
          category: 'International Affairs',
          source: 'GKToday',
          sourceUrl: 'https://www.gktoday.in/ocean-treaty/',
          datePublished: '2025-06-20T13:52:57.686425',
        },
        {
          id: '2',
          title: 'Panchayat Report',
          content: 'Context: A report on panchayat revenue.',
          category: 'Government & Policy',
          source: 'Insights IAS',
          sourceUrl: 'https://www.insightsonindia.com/2025/06/19/upsc-current-affairs-19-june-2025/',
          datePublished: '2025-06-20T09:00:00',
        },
        {
          id: '3',
          title: 'Register or Login',
          content: 'Username or email address Required',
          source: 'GKToday',
          datePublished: '2025-06-19T11:27:41',
        },
        { id: '4', title: 'Empty', content: '', source: 'GKToday' },
      ],
      lastUpdated: '2025-06-20',
    };
    const { articles, skipped } = parse('current_affairs.json', JSON.stringify(data));
    expect(articles.map((a) => [a.title, a.date, a.tags, a.source])).toEqual([
      ['Ocean Treaty Ratified', '2025-06-20', ['International Affairs'], 'GKToday'],
      ['Panchayat Report', '2025-06-19', ['Government & Policy'], 'Insights IAS'],
    ]);
    expect(skipped.map((s) => s.reason)).toEqual([
      '“Register or Login” is a site navigation page, not an article',
      'record 4 has no article text',
    ]);
  });

  it('honours an explicit field map', () => {
    const records = [
      {
        heading_text: 'Mapped Title',
        when: '15/08/2025',
        labels: 'Economy; GS Paper III',
        story: 'Mapped body text.',
      },
    ];
    const { articles } = parse('odd.json', JSON.stringify(records), {
      map: { title: 'heading_text', date: 'when', tags: 'labels', body: 'story' },
    });
    expect(articles.map((a) => [a.title, a.date, a.tags, a.blocks.map((b) => b.text)])).toEqual([
      ['Mapped Title', '2025-08-15', ['Economy', 'GS-3'], ['Mapped body text.']],
    ]);
  });

  it('refuses invalid JSON with a sentence', () => {
    expect(() => parse('broken.json', '{"content": [')).toThrow(/broken\.json is not valid JSON/);
  });
});

describe('JSON Lines', () => {
  it('one article per language body, scraper debris dropped, a bad line reported without failing the file', () => {
    const lines = [
      JSON.stringify({
        english:
          'The scheme was launched on 10th October, 2022, to widen access.\n\nScheme was launched on 10th October, 2022, to widen access.\n\nMore centres will open.\n\nXY',
        hindi: 'योजना 10 अक्टूबर, 2022 को शुरू की गई।\n\nयोजना\n\nको\n\nशुरू\n\nकी\n\nगई\n\nऔर केंद्र खुलेंगे।',
      }),
      '{not json',
      '',
    ].join('\n');
    const { articles, skipped } = parse('pib.jsonl', lines);
    expect(articles.map((a) => a.blocks.map((b) => b.text))).toEqual([
      ['The scheme was launched on 10th October, 2022, to widen access.', 'More centres will open.'],
      ['योजना 10 अक्टूबर, 2022 को शुरू की गई।', 'और केंद्र खुलेंगे।'],
    ]);
    expect(articles.map((a) => [a.title, a.date])).toEqual([
      ['The scheme was launched on 10th October, 2022, to widen access.', '2022-10-10'],
      ['योजना 10 अक्टूबर, 2022 को शुरू की गई।', '2022-10-10'],
    ]);
    // No dateline and no date field: the date in the first sentence, and the article says so.
    expect(articles.map((a) => a.dateSource)).toEqual(['first-sentence', 'first-sentence']);
    expect(skipped).toEqual([{ title: 'line 2', reason: 'line 2 is not valid JSON' }]);
  });
});

describe('CSV', () => {
  it('reads common headers, quoted multi-line bodies and HTML bodies', () => {
    const csv = [
      'headline,published,category,body,link',
      '"Heat Action Plans","2024-05-02","Environment, GS Paper 1","Cities publish heat plans.\n- Early warnings\n- Cool roofs",https://example.org/2024/05/02/heat',
      'Second Item,2024-02-30,Economy,"<p>An <b>HTML</b> body.</p><ul><li>Point</li></ul>",',
    ].join('\n');
    const { articles } = parse('items.csv', csv);
    expect(articles.map((a) => [a.title, a.date, a.dateText, a.tags])).toEqual([
      ['Heat Action Plans', '2024-05-02', '2024-05-02', ['Environment', 'GS-1']],
      ['Second Item', null, '2024-02-30', ['Economy']],
    ]);
    expect(articles[0]!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Cities publish heat plans.'],
      ['bullet', 'Early warnings'],
      ['bullet', 'Cool roofs'],
    ]);
    expect(articles[1]!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'An HTML body.'],
      ['bullet', 'Point'],
    ]);
  });
});

describe('fields that are not recognised', () => {
  const fixture = (name: string) => readFileSync(join(IMPORT_FIXTURES, name));
  const failure = (name: string, map?: FieldMap): UnmappedFieldsError => {
    try {
      parseFile(name, fixture(name), { map });
    } catch (error) {
      if (error instanceof UnmappedFieldsError) return error;
      throw error;
    }
    throw new Error(`${name} imported`);
  };

  it('CSV: the failure names the file, lists its fields and suggests a --map', () => {
    const error = failure('unmapped-news.csv');
    expect(error.reason).toBe('unmapped-fields');
    expect(error.fields).toEqual(['Topic Name', 'Story', 'Published On', 'Labels', 'Source Link']);
    expect(error.message).toBe(
      'unmapped-news.csv: no title or body field recognised; fields are: Topic Name, Story, Published On, Labels, Source Link — map them with --map "title=Topic Name,body=Story"',
    );
  });

  it('JSON: the records’ keys, in the order they first appear', () => {
    const error = failure('unmapped-news.json');
    expect(error.fields).toEqual(['caption', 'writeup', 'on', 'labels', 'ref']);
    expect(error.message).toMatch(
      /^unmapped-news\.json: no title or body field recognised; fields are: caption, writeup, on, labels, ref — map them with --map title=caption,body=writeup$/,
    );
  });

  it('JSON Lines: the same, with the keys of every line', () => {
    const error = failure('unmapped-news.jsonl');
    expect(error.fields).toEqual(['name_of_topic', 'matter', 'dt', 'area']);
    expect(error.message).toContain('fields are: name_of_topic, matter, dt, area');
  });

  it('a title recognised but no body: asks for the body only', () => {
    const csv = 'title,story\nBudget Highlights,The budget raised capital spending on roads and railways.\n';
    expect(() => parse('budget.csv', csv)).toThrow(
      'budget.csv: no body field recognised; fields are: title, story — map it with --map body=story',
    );
  });

  it('a mapped body field the file does not have is named', () => {
    const error = failure('unmapped-news.csv', { title: 'Topic Name', body: 'Storyy' });
    expect(error.message).toMatch(
      /^unmapped-news\.csv: the body field “Storyy” is not in the file; fields are: /,
    );
  });

  it('with the map the user chose, every good record imports and a bad one is one skipped line', () => {
    const { articles, skipped } = parseFile('unmapped-news.csv', fixture('unmapped-news.csv'), {
      map: { title: 'Topic Name', body: 'Story', date: 'Published On', tags: 'Labels', url: 'Source Link' },
    });
    expect(articles.map((a) => [a.title, a.date, a.tags, a.url])).toEqual([
      [
        'Monsoon Session of Parliament',
        '2024-07-22',
        ['Polity', 'GS-2'],
        'https://example.org/2024/07/22/monsoon-session',
      ],
      [
        'Green Hydrogen Mission',
        '2024-07-23',
        ['Economy', 'Environment'],
        'https://example.org/2024/07/23/green-hydrogen',
      ],
      ['Ramsar Sites Added', '2024-07-24', ['Environment'], 'https://example.org/2024/07/24/ramsar'],
    ]);
    expect(articles[0]!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The Monsoon Session of Parliament began with a discussion on the new criminal laws.'],
      ['bullet', 'Three bills were listed for passage'],
      ['bullet', 'The opposition sought a debate on price rise'],
    ]);
    expect(articles[1]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'bullet', 'bullet']);
    expect(skipped).toEqual([{ title: 'row 5', reason: 'row 5 has no article text' }]);
  });

  it('records without a body are skipped one by one, records without a title take their first sentence', () => {
    const records = [
      { title: 'Good Record', content: 'Text of the good record.' },
      { title: 'No Body Here', content: '' },
      { content: 'A record with no title. It still has text.' },
      { title: 'Another Good One', body: 'Its text sits under another recognised name.' },
    ];
    const { articles, skipped } = parse('mixed.json', JSON.stringify(records));
    expect(articles.map((a) => a.title)).toEqual([
      'Good Record',
      'A record with no title.',
      'Another Good One',
    ]);
    expect(skipped).toEqual([{ title: 'record 2', reason: 'record 2 has no article text' }]);
  });

  it('suggests a map from the values: the longest text is the body, dates and links by their shape', () => {
    const text = fixture('unmapped-news.jsonl').toString('utf8');
    const { records } = readDumpRecords({ name: 'x.jsonl', text });
    const fields = dumpFieldNames(records);
    expect(recognisedFields(fields)).toEqual({});
    expect(suggestFieldMap(records, fields)).toEqual({ title: 'name_of_topic', body: 'matter', date: 'dt' });
  });
});
