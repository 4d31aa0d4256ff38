import { describe, expect, it } from 'vitest';
import { LABELLED_FIXTURES } from './fixtures';
import { CORRECTION_WEIGHT, TopicModel, trainTopicModel } from './learned';
import type { ArticleText } from './model';
import { compileSyllabus, readSourceTags, suggestTopics } from './suggest';
import { articleTerms } from './text';
import { paperOf } from './tree';
import { UPSC_SYLLABUS } from './upsc';

const syllabus = compileSyllabus(UPSC_SYLLABUS);
const article = (title: string, blocks: string[], tags: string[] = []): ArticleText => ({
  title,
  blocks,
  tags,
});

describe('source tags', () => {
  it('map a Drishti-shaped tag to its GS paper and topic', () => {
    const tagged = article(
      'Draft rules under the new scheme',
      ['The ministry published draft rules.'],
      ['GS Paper - 2 / Government Policies & Interventions'],
    );
    const [first] = suggestTopics(tagged, { syllabus });
    expect(first).toEqual({
      topic: 'gs2.governance.policies',
      name: 'Government policies and interventions',
      confidence: 0.95,
      origin: 'source',
      reason: 'source tag “GS Paper - 2 / Government Policies & Interventions”',
    });
  });

  it('read the paper from GS-2, GS Paper 3, General Studies Paper IV and Syllabus : GS 2 : Governance', () => {
    const papers = (tags: string[]) => [...readSourceTags(syllabus, tags).papers.keys()];
    expect(papers(['GS-2'])).toEqual(['gs2']);
    expect(papers(['GS Paper 3'])).toEqual(['gs3']);
    expect(papers(['General Studies Paper IV'])).toEqual(['gs4']);
    expect(papers(['Syllabus : GS 2 : Governance'])).toEqual(['gs2']);
    expect(papers(['Miscellaneous', 'Prelims'])).toEqual([]);
  });

  it('use the paper the source named to choose between topics that share a tag', () => {
    const { topics } = readSourceTags(syllabus, ['GS-2', 'Social Empowerment']);
    expect(topics).toEqual([
      { topic: 'gs2.social-justice.vulnerable', tag: 'Social Empowerment', certain: true },
    ]);
    const gs1 = readSourceTags(syllabus, ['GS-1', 'Social Empowerment']).topics.map((t) => t.topic);
    expect(gs1).toEqual(['gs1.society.social-empowerment']);
  });

  it('fall back to the topic the words point to inside a paper named alone', () => {
    const onlyPaper = article(
      'Election of Speaker and Deputy Speaker',
      ['The Lok Sabha has had no Deputy Speaker for two years.'],
      ['GS-2'],
    );
    const [first] = suggestTopics(onlyPaper, { syllabus });
    expect(first!.topic).toBe('gs2.polity.legislature');
    expect(first!.reason).toMatch(/^source tag “GS-2”; words: .*deputy speaker/);
  });
});

describe('keywords', () => {
  it('place an untagged English article and say which words matched', () => {
    const untagged = article('Air quality turns severe in the capital', [
      'Air pollution rose as stubble burning and vehicle emissions worsened the air quality index.',
      'The commission ordered a ban on construction to cut dust and emissions.',
    ]);
    const [first] = suggestTopics(untagged, { syllabus });
    expect(first).toMatchObject({ topic: 'gs3.environment.pollution', origin: 'keywords' });
    expect(first!.reason).toContain('air quality');
    expect(first!.confidence).toBeGreaterThan(0.2);
    expect(first!.confidence).toBeLessThanOrEqual(0.9);
  });

  it('place a Hindi article by its Hindi keywords', () => {
    const hindi = article('सर्वोच्च न्यायालय ने याचिका पर फैसला सुनाया', [
      'सर्वोच्च न्यायालय की संविधान पीठ ने मौलिक अधिकार से जुड़ी याचिका पर निर्णय दिया।',
    ]);
    const topics = suggestTopics(hindi, { syllabus }).map((s) => s.topic);
    expect(topics[0]).toBe('gs2.polity.judiciary');
    expect(topics).toContain('gs2.polity.constitution');
  });

  it('give at most three topics, never a topic and its own parent', () => {
    for (const { article: a } of LABELLED_FIXTURES) {
      const topics = suggestTopics({ ...a, tags: [] }, { syllabus }).map((s) => s.topic);
      expect(topics.length).toBeLessThanOrEqual(3);
      for (const t of topics) expect(topics.filter((u) => u.startsWith(`${t}.`))).toEqual([]);
    }
  });

  it('place every written fixture under its paper with the tags hidden', () => {
    for (const { article: a, topic } of LABELLED_FIXTURES) {
      const [first] = suggestTopics({ ...a, tags: [] }, { syllabus });
      expect(paperOf(first!.topic), a.title).toBe(paperOf(topic));
    }
  });
});

describe('the student’s choices', () => {
  const tiger = article(
    'Tiger numbers rise in the reserve',
    ['The tiger reserve counted more tigers and a larger habitat.'],
    ['GS-3', 'Conservation'],
  );

  it('come first and are never replaced; removed topics are never suggested again', () => {
    const suggestions = suggestTopics(tiger, {
      syllabus,
      userTopics: ['gs1.geography.resources'],
      removedTopics: ['gs3.environment.conservation'],
    });
    expect(suggestions[0]).toEqual({
      topic: 'gs1.geography.resources',
      name: 'Distribution of natural resources and industries',
      confidence: 1,
      origin: 'user',
      reason: 'chosen by you',
    });
    expect(suggestions.map((s) => s.topic)).not.toContain('gs3.environment.conservation');
  });
});

describe('the learned model', () => {
  // Articles about a made-up subject whose words are in no syllabus keyword list.
  const bird = (n: number) =>
    article(`Survey ${n} of the great knot along the Gulf of Khambhat`, [
      `Counters logged great knot flocks, godwits and sandpipers on the mudflats at site ${n}.`,
      'The shorebird flyway census covers the intertidal mudflats every winter.',
    ]);
  const target = 'gs3.environment.conservation';

  it('learns from corrections: a topic the keywords missed comes first after a few', () => {
    const model = trainTopicModel(
      LABELLED_FIXTURES.map((f) => ({ terms: articleTerms(f.article), topics: [f.topic] })),
    );
    const before = suggestTopics(bird(99), { syllabus, model }).map((s) => s.topic);
    expect(before[0]).not.toBe(target);
    for (let n = 1; n <= 3; n++)
      model.learn({ terms: articleTerms(bird(n)), topics: [target] }, CORRECTION_WEIGHT);
    const [after] = suggestTopics(bird(99), { syllabus, model });
    expect(after).toMatchObject({ topic: target, origin: 'learned' });
    expect(after!.reason).toMatch(
      /^learned from \d+ labelled articles: .*(knot|mudflats|godwits|sandpipers|shorebird)/,
    );
  });

  it('predicts nothing before it has seen two topics, and ranks by probability', () => {
    const empty = new TopicModel();
    expect(empty.predict(articleTerms(bird(1)))).toEqual([]);
    const model = trainTopicModel(
      LABELLED_FIXTURES.map((f) => ({ terms: articleTerms(f.article), topics: [f.topic] })),
    );
    const predictions = model.predict(articleTerms(LABELLED_FIXTURES[4]!.article));
    expect(predictions[0]!.topic).toBe(LABELLED_FIXTURES[4]!.topic);
    const probabilities = predictions.map((p) => p.probability);
    expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.0000001);
  });
});

describe('a paper named alone', () => {
  it('is suggested itself, before keyword guesses, when nothing under it matches', () => {
    const suggestions = suggestTopics(
      article(
        'Monsoon covers the whole country early',
        ['The monsoon reached every state by late June.'],
        ['GS-4'],
      ),
      { syllabus: compileSyllabus(UPSC_SYLLABUS) },
    );
    expect(suggestions[0]).toEqual({
      topic: 'gs4',
      name: 'GS Paper 4',
      confidence: 0.9,
      origin: 'source',
      reason: 'source tag “GS-4”',
    });
    expect(suggestions.map((s) => s.topic)).toContain('gs1.geography.physical');
  });
});
