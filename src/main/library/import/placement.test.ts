import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { addArticleTag } from '../db/tags';
import { insertArticle } from '../db/articles';
import { LABELLED_FIXTURES } from '../syllabus/fixtures';
import { trainTopicModel, TopicModel } from '../syllabus/learned';
import { compileSyllabus, suggestTopics } from '../syllabus/suggest';
import { articleTerms, splitJoinedTerms } from '../syllabus/text';
import { UPSC_SYLLABUS } from '../syllabus/upsc';
import { IMPORT_FIXTURES, tempDir } from '../../../../test/support/temp-library';
import { contentHash } from './content-hash';
import { parseFile } from './index';
import { parseOne } from './parse-worker';
import { storedTagOrder, WorkerPlacer, type ImportPlacement } from './placement';

const trained = () =>
  trainTopicModel(LABELLED_FIXTURES.map((f) => ({ terms: articleTerms(f.article), topics: [f.topic] })));

describe('placing articles in the parse worker', () => {
  it('orders and folds source tags as the library reads them back from SQLite', () => {
    const db = openDatabase(join(tempDir(), 'library.sqlite'));
    const tags = [
      'zeta',
      'GS Paper 3',
      'conservation',
      'Biodiversity',
      'BIODIVERSITY',
      'éco',
      'Économie',
      '_x',
    ];
    const id = insertArticle(
      db,
      {
        title: 't',
        date: null,
        dateText: null,
        source: null,
        url: null,
        originName: 'a.md',
        contentHash: 'h',
      },
      '2026-01-01T00:00:00.000Z',
    );
    for (const tag of tags) addArticleTag(db, id, tag, 'source');
    const readBack = db
      .prepare(
        `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
          WHERE at.article_id = ? AND at.origin = 'source' ORDER BY t.name`,
      )
      .pluck()
      .all(id);
    expect(storedTagOrder(tags)).toEqual(readBack);
    expect(readBack).toEqual(['_x', 'Biodiversity', 'conservation', 'GS Paper 3', 'zeta', 'Économie', 'éco']);
    db.close();
  });

  it('hands the learned model to another thread unchanged: the same predictions, in the same order', () => {
    const model = trained();
    const copy = TopicModel.fromSnapshot(structuredClone(model.snapshot()));
    expect(copy.size).toBe(model.size);
    for (const fixture of LABELLED_FIXTURES) {
      const terms = articleTerms(fixture.article);
      expect(copy.predict(terms, 6)).toEqual(model.predict(terms, 6));
    }
    expect(
      TopicModel.fromSnapshot(new TopicModel().snapshot()).predict(
        articleTerms(LABELLED_FIXTURES[0]!.article),
      ),
    ).toEqual([]);
  });

  it('brings a worker’s copy of the model up to a later snapshot in place, equal to the model', () => {
    const half = Math.floor(LABELLED_FIXTURES.length / 2);
    const examples = LABELLED_FIXTURES.map((f) => ({ terms: articleTerms(f.article), topics: [f.topic] }));
    const model = trainTopicModel(examples.slice(0, half));
    const copy = TopicModel.fromSnapshot(structuredClone(model.snapshot()));
    for (const example of examples.slice(half)) model.learn(example, 2);
    expect(copy.updateFrom(structuredClone(model.snapshot()))).toBe(true);
    expect(copy.size).toBe(model.size);
    expect(copy.snapshot()).toEqual(model.snapshot());
    for (const example of examples)
      expect(copy.predict(example.terms, 6)).toEqual(model.predict(example.terms, 6));
    // A model trained anew (other topics first) is not a later state of this one.
    const other = trainTopicModel([...examples].reverse());
    expect(copy.updateFrom(other.snapshot())).toBe(false);
    expect(copy.snapshot()).toEqual(model.snapshot());
  });

  it('places a parsed page as suggestTopics does on the main thread, and sends back only what the store needs', () => {
    const model = trained();
    const placement: ImportPlacement = structuredClone({
      syllabusVersion: 1,
      syllabus: UPSC_SYLLABUS,
      modelVersion: 4,
      modelId: 1,
      model: model.snapshot(),
    });
    const path = join(IMPORT_FIXTURES, 'drishti-2021-wetlands.html');
    const reply = parseOne({ path, placement }, new WorkerPlacer());
    if (reply.kind !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(reply)}`);
    const [article] = reply.outcome.articles;
    const parsed = parseFile('drishti-2021-wetlands.html', readFileSync(path)).articles[0]!;
    const text = {
      title: parsed.title,
      blocks: parsed.blocks.map((b) => b.text),
      tags: storedTagOrder(parsed.tags),
    };
    const expected = suggestTopics(
      text,
      { syllabus: compileSyllabus(UPSC_SYLLABUS), model },
      articleTerms(text),
    );
    expect(article!.placed).toEqual({ syllabusVersion: 1, modelVersion: 4, suggestions: expected });
    expect(expected[0]).toMatchObject({ topic: 'gs3.environment.conservation', origin: 'source' });
    // Source-labelled: the model learns from its distinct terms, title first.
    const terms = articleTerms(text);
    expect(article!.syllabusTerms).toBeUndefined();
    expect(splitJoinedTerms(article!.learnedTerms!)).toEqual({
      title: [],
      body: [...new Set([...terms.title, ...terms.body])],
    });
    expect(article!.contentHash).toBe(contentHash(parsed));
  });

  it('keeps the analysis for the main thread when no placement was given', () => {
    const path = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');
    const reply = parseOne({ path }, new WorkerPlacer());
    if (reply.kind !== 'parsed') throw new Error('not parsed');
    const article = reply.outcome.articles[0]!;
    expect(article.placed).toBeUndefined();
    expect(article.syllabusTerms?.title.length).toBeGreaterThan(0);
  });
});
