/**
 * Keyword matching: each topic's phrases, analysed once, found in an article's terms as whole term
 * sequences. A phrase shared by several topics counts less for each, a longer phrase counts more, and
 * words in the title count three times.
 */
import type { Syllabus } from './model';
import { termsOf, type ArticleTerms } from './text';

interface Phrase {
  topic: string;
  text: string;
  terms: string[];
  /** How specific the phrase is: longer phrases and phrases unique to one topic weigh more. */
  weight: number;
}

/** A syllabus's keywords, analysed and indexed by their first term. */
export interface KeywordMatcher {
  byFirstTerm: Map<string, Phrase[]>;
}

/** A topic's keyword evidence in one article. */
export interface KeywordHit {
  topic: string;
  score: number;
  /** The phrases that matched, as written in the syllabus, strongest first. */
  words: string[];
}

/** What a phrase in the title adds, in units of one mention in the body. */
const TITLE_BONUS = 1;

/** Analyses every keyword of a syllabus once. */
export function compileKeywords(syllabus: Syllabus): KeywordMatcher {
  const phrases: Phrase[] = [];
  const topicsOfPhrase = new Map<string, Set<string>>();
  for (const topic of syllabus.topics) {
    for (const text of [...topic.keywords.en, ...topic.keywords.hi]) {
      const terms = termsOf(text);
      if (terms.length === 0) continue;
      const key = terms.join(' ');
      const owners = topicsOfPhrase.get(key) ?? new Set<string>();
      owners.add(topic.id);
      topicsOfPhrase.set(key, owners);
      phrases.push({ topic: topic.id, text, terms, weight: 0 });
    }
  }
  const byFirstTerm = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const key = `${phrase.topic} ${phrase.terms.join(' ')}`;
    if (seen.has(key)) continue; // the same phrase in English and in a transliteration
    seen.add(key);
    const owners = topicsOfPhrase.get(phrase.terms.join(' '))!.size;
    phrase.weight = (1 + 0.75 * (phrase.terms.length - 1)) / owners;
    const list = byFirstTerm.get(phrase.terms[0]!) ?? [];
    list.push(phrase);
    byFirstTerm.set(phrase.terms[0]!, list);
  }
  return { byFirstTerm };
}

function countPhrases(
  matcher: KeywordMatcher,
  terms: readonly string[],
  into: Map<Phrase, number>,
  weight: number,
): void {
  for (let i = 0; i < terms.length; i++) {
    const candidates = matcher.byFirstTerm.get(terms[i]!);
    if (!candidates) continue;
    for (const phrase of candidates) {
      let j = 1;
      while (j < phrase.terms.length && terms[i + j] === phrase.terms[j]) j++;
      if (j === phrase.terms.length) into.set(phrase, (into.get(phrase) ?? 0) + weight);
    }
  }
}

/** The topics whose keywords occur in the article, with a score and the matched words. */
export function matchKeywords(matcher: KeywordMatcher, article: ArticleTerms): KeywordHit[] {
  const inTitle = new Map<Phrase, number>();
  const counts = new Map<Phrase, number>();
  countPhrases(matcher, article.title, inTitle, 1);
  countPhrases(matcher, article.body, counts, 1);
  for (const phrase of inTitle.keys()) if (!counts.has(phrase)) counts.set(phrase, 0);
  const byTopic = new Map<string, Array<{ text: string; score: number }>>();
  for (const [phrase, count] of counts) {
    // Repetition counts, but with diminishing returns: one phrase said twenty times is not twenty
    // topics. A phrase in the title says what the article is about, wherever else it appears.
    const score = phrase.weight * (Math.log2(1 + count) + (inTitle.has(phrase) ? TITLE_BONUS : 0));
    const list = byTopic.get(phrase.topic) ?? [];
    list.push({ text: phrase.text, score });
    byTopic.set(phrase.topic, list);
  }
  const hits: KeywordHit[] = [];
  for (const [topic, list] of byTopic) {
    list.sort((a, b) => b.score - a.score);
    hits.push({ topic, score: list.reduce((s, w) => s + w.score, 0), words: list.map((w) => w.text) });
  }
  return hits.sort((a, b) => b.score - a.score);
}
