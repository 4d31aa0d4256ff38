/**
 * Another syllabus (a state PSC's) from a small YAML file: an id, a name, and nested topics with
 * their keywords. The format is in docs/syllabus.md. Bad input gets one sentence naming the file,
 * the line and the field, so a student editing the file by hand can fix it.
 */
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yaml } from '../import/lazy';
import type { Syllabus, SyllabusTopic } from './model';

// The YAML parser loads when a file is read: opening the library never pays for it (see import/lazy.ts).
const isMap = (node: unknown): node is YAMLMap => yaml().isMap(node);
const isScalar = (node: unknown): node is Scalar => yaml().isScalar(node);
const isSeq = (node: unknown): node is YAMLSeq => yaml().isSeq(node);

/** A syllabus file that cannot be read, with the sentence that says where and why. */
export class SyllabusFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyllabusFileError';
  }
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
const SYLLABUS_KEYS = new Set(['syllabus', 'name', 'topics']);
const TOPIC_KEYS = new Set([
  'id',
  'name',
  'name_hi',
  'description',
  'description_hi',
  'keywords',
  'tags',
  'topics',
]);
const DEVANAGARI = /[\u0900-\u097F]/;
/** Deeper trees are a mistake (or an attack on the parser), not a syllabus. */
const MAX_DEPTH = 8;
const MAX_TOPICS = 5_000;

/** Reads a syllabus file's text; throws SyllabusFileError naming the line and field of the first problem. */
export function parseSyllabusFile(fileName: string, text: string): Syllabus {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const fail = (node: Node | null | undefined, message: string): never => {
    const offset = node?.range?.[0];
    const where = offset === undefined ? '' : `, line ${lines.linePos(offset).line}`;
    throw new SyllabusFileError(`${fileName}${where}: ${message}`);
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = lines.linePos(error.pos[0]).line;
    throw new SyllabusFileError(
      `${fileName}${line ? `, line ${line}` : ''}: this is not valid YAML (${error.message.split('\n')[0]}).`,
    );
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'the file must start with `syllabus:`, `name:` and `topics:` fields.');

  const text_ = (map: YAMLMap, key: string, where: string, required: boolean): string | null => {
    const node = map.get(key, true) as Node | undefined;
    if (node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
      return required ? fail(map, `${where} has no \`${key}\`.`) : null;
    }
    if (!isScalar(node) || typeof node.value === 'object')
      return fail(node, `${where}: \`${key}\` must be text.`);
    const value = String(node.value).trim();
    if (value === '' && required) return fail(node, `${where}: \`${key}\` is empty.`);
    return value;
  };
  const textList = (node: Node | undefined, where: string, field: string): string[] => {
    if (node === undefined) return [];
    if (!isSeq(node))
      return fail(node, `${where}: \`${field}\` must be a list, like [word, another phrase].`);
    return node.items.map((item) => {
      if (!isScalar(item) || item.value === null || typeof item.value === 'object') {
        return fail(item as Node, `${where}: every entry of \`${field}\` must be a word or phrase.`);
      }
      return String(item.value).trim();
    });
  };
  const checkKeys = (map: YAMLMap, allowed: Set<string>, where: string) => {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.has(key)) {
        fail(pair.key as Node, `${where}: unknown field \`${key}\` (allowed: ${[...allowed].join(', ')}).`);
      }
    }
  };

  checkKeys(root, SYLLABUS_KEYS, 'the syllabus');
  const id = text_(root, 'syllabus', 'the syllabus', true)!;
  if (!SEGMENT.test(id)) {
    fail(
      root.get('syllabus', true) as Node,
      `the syllabus id “${id}” must be lower-case letters, digits and dashes.`,
    );
  }
  const name = text_(root, 'name', 'the syllabus', true)!;
  const topicsNode = root.get('topics', true) as Node | undefined;
  if (!isSeq(topicsNode) || topicsNode.items.length === 0) {
    return fail(topicsNode ?? root, '`topics` must be a list with at least one paper.');
  }

  const topics: SyllabusTopic[] = [];
  const seen = new Set<string>();
  const walk = (items: unknown[], parent: string | null, depth: number) => {
    for (const item of items) {
      const where = `a topic${parent ? ` under “${parent}”` : ''}`;
      if (!isMap(item))
        return fail(item as Node, `${where} must be a set of fields (\`id:\`, \`name:\`, …).`);
      if (depth > MAX_DEPTH) return fail(item, `topics nest more than ${MAX_DEPTH} deep.`);
      if (topics.length >= MAX_TOPICS) return fail(item, `the syllabus has more than ${MAX_TOPICS} topics.`);
      const segment = text_(item, 'id', where, true)!;
      if (!SEGMENT.test(segment)) {
        fail(
          item.get('id', true) as Node,
          `${where}: the id “${segment}” must be lower-case letters, digits and dashes (no dots).`,
        );
      }
      const fullId = parent ? `${parent}.${segment}` : segment;
      const here = `topic “${fullId}”`;
      checkKeys(item, TOPIC_KEYS, here);
      if (seen.has(fullId)) fail(item.get('id', true) as Node, `${here} appears twice.`);
      seen.add(fullId);
      const topicName = text_(item, 'name', here, true)!;
      // Optional Hindi wording for the Hindi interface; it must be Hindi, or the field is a slip.
      const hindi = (key: 'name_hi' | 'description_hi'): string | null => {
        const value = text_(item, key, here, false);
        if (value !== null && !DEVANAGARI.test(value)) {
          fail(item.get(key, true) as Node, `${here}: \`${key}\` must be written in Devanagari (Hindi).`);
        }
        return value;
      };
      const nameHi = hindi('name_hi');
      const descriptionHi = hindi('description_hi');
      const keywords = readKeywords(item.get('keywords', true) as Node | undefined, here, textList, fail);
      // A topic without keywords is still found by its name.
      if (keywords.en.length === 0 && keywords.hi.length === 0) {
        (DEVANAGARI.test(topicName) ? keywords.hi : keywords.en).push(topicName);
      }
      topics.push({
        id: fullId,
        parent,
        name: topicName,
        description: text_(item, 'description', here, false) ?? '',
        ...(nameHi === null ? {} : { nameHi }),
        ...(descriptionHi === null ? {} : { descriptionHi }),
        keywords,
        sourceTags: textList(item.get('tags', true) as Node | undefined, here, 'tags').map((t) =>
          t.toLowerCase(),
        ),
      });
      const children = item.get('topics', true) as Node | undefined;
      if (children !== undefined) {
        if (!isSeq(children)) fail(children, `${here}: \`topics\` must be a list.`);
        walk((children as { items: unknown[] }).items, fullId, depth + 1);
      }
    }
  };
  walk(topicsNode.items, null, 1);
  return { id, name, topics };
}

function readKeywords(
  node: Node | undefined,
  where: string,
  textList: (node: Node | undefined, where: string, field: string) => string[],
  fail: (node: Node | null | undefined, message: string) => never,
): { en: string[]; hi: string[] } {
  if (node === undefined) return { en: [], hi: [] };
  if (isSeq(node)) {
    // A plain list: each phrase goes to the language its script says.
    const all = textList(node, where, 'keywords');
    return { en: all.filter((k) => !DEVANAGARI.test(k)), hi: all.filter((k) => DEVANAGARI.test(k)) };
  }
  if (!isMap(node)) return fail(node, `${where}: \`keywords\` must be a list, or \`en:\` and \`hi:\` lists.`);
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'en' && key !== 'hi') {
      fail(pair.key as Node, `${where}: \`keywords\` has an unknown language \`${key}\` (use en and hi).`);
    }
  }
  return {
    en: textList(node.get('en', true) as Node | undefined, where, 'keywords.en'),
    hi: textList(node.get('hi', true) as Node | undefined, where, 'keywords.hi'),
  };
}
