/**
 * Queries over the fixture library with the articles that must be in the top five. Each names
 * what it exercises; the test fails when any expected article drops out.
 */
import type { SearchOptions } from '../../src/main/library/library';

export interface RelevanceCase {
  what: string;
  query: string;
  options?: SearchOptions;
  top5: string[];
  /** Articles that must not be found at all. */
  never?: string[];
}

export const CASES: RelevanceCase[] = [
  { what: 'one word', query: 'kazakhstan', top5: ['csto', 'kazakh-protests'] },
  { what: 'acronym', query: 'CSTO', top5: ['csto', 'kazakh-protests'] },
  { what: 'title words rank first', query: 'lokpal', top5: ['lokpal'] },
  { what: 'stemming: plural to singular', query: 'wetland', top5: ['ramsar'] },
  { what: 'stemming: verb forms', query: 'reintroducing cheetahs', top5: ['cheetah'] },
  { what: 'stemming: protests/protest', query: 'protest', top5: ['kazakh-protests', 'agnipath'] },
  { what: 'possessive', query: 'Singapore’s', top5: ['upi-global'] },
  { what: 'two words', query: 'repo rate', top5: ['repo-hold', 'repo-hike'] },
  { what: 'phrase', query: '"collective security"', top5: ['csto'], never: ['repo-hold'] },
  { what: 'phrase with a stop word inside', query: '"loss and damage"', top5: ['cop28'] },
  { what: 'phrase in a field', query: 'title:"basic structure"', top5: ['basic-structure'] },
  { what: 'required and excluded', query: '+repo -hiked', top5: ['repo-hold'], never: ['repo-hike'] },
  { what: 'field', query: 'title:monsoon', top5: ['el-nino'] },
  { what: 'prefix', query: 'semicond*', top5: ['semiconductors'] },
  { what: 'prefix through a stem', query: 'chandray*', top5: ['chandrayaan'] },
  { what: 'spelling slip', query: 'kazakstan', top5: ['csto', 'kazakh-protests'] },
  { what: 'spelling slip, longer word', query: 'semiconducter', top5: ['semiconductors'] },
  { what: 'lunr fuzzy', query: 'chetah~1', top5: ['cheetah'] },
  {
    what: 'date filter in the query',
    query: 'repo rate date:2022',
    top5: ['repo-hike'],
    never: ['repo-hold'],
  },
  {
    what: 'date filter control',
    query: 'summit',
    options: { from: '2023-09-01', to: '2023-09-30' },
    top5: ['g20-delhi'],
    never: ['sco-summit'],
  },
  {
    what: 'from/to in the query',
    query: 'supreme court from:2024-01-01',
    top5: ['electoral-bonds'],
    never: ['governor'],
  },
  { what: 'tag filter in the query', query: 'tag:Environment fund', top5: ['cop28'] },
  {
    what: 'tag filter control',
    query: 'amendment',
    options: { tag: 'GS-2' },
    top5: ['womens-reservation'],
    never: ['undated-notes'],
  },
  {
    what: 'tag filter only, newest first',
    query: 'tag:"Internal Security"',
    top5: ['agnipath', 'afspa', 'brahmos'],
  },
  { what: 'note only', query: 'note:nolan', top5: ['ethics-probity'] },
  { what: 'note words are searchable in general', query: 'Montreux', top5: ['ramsar'] },
  { what: 'note field excludes body matches', query: 'note:vigilance', top5: ['lokpal'] },
  { what: 'Hindi word', query: 'सम्मेलन', top5: ['g20-hindi'] },
  { what: 'Hindi phrase', query: '"अफ्रीकी संघ"', top5: ['g20-hindi'] },
  { what: 'Hindi with stop words around', query: 'मानसून का अनुमान', top5: ['monsoon-hindi'] },
  { what: 'mixed Hindi and English', query: 'जी20 african union', top5: ['g20-hindi', 'g20-delhi'] },
  { what: 'source field', query: 'source:studyiq lokpal', top5: ['lokpal'] },
  { what: 'undated articles are searchable', query: 'preamble socialist', top5: ['undated-notes'] },
  { what: 'heading words', query: 'cooperation actions', top5: ['csto'] },
  { what: 'boost changes the order', query: 'inflation^5 capex', top5: ['repo-hold', 'repo-hike'] },
  { what: 'numbers', query: '1994', top5: ['csto'] },
];
