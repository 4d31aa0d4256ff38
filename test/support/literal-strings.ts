/**
 * Finds user-visible literal text in renderer source: JSX text and string literals in the props a
 * person reads or hears (`title`, `aria-label`, `placeholder`, `alt`, `label`). The no-literal-strings
 * test uses it to keep every sentence of the interface in the catalogues.
 */
import ts from 'typescript';

/** Props whose value a person reads on screen or hears from a screen reader. */
export const VISIBLE_PROPS = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label']);

/** A literal found in a file: where it is and what it says. */
export interface LiteralString {
  line: number;
  text: string;
}

/**
 * True when a text says something in words: at least one letter. Digits, whitespace, punctuation
 * and symbols ("·", "×", "…", "→", "1–4") are not words and need no translation.
 */
export function isWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Every user-visible literal in one .tsx source text, with its 1-based line. */
export function findLiteralStrings(fileName: string, source: string): LiteralString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralString[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isWords(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ line: line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(file)) && node.initializer) {
      for (const text of literalTexts(node.initializer)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The literal strings a prop's value can be: `"x"`, `{'x'}`, `{`x ${y}`}`, `{a ? 'x' : 'y'}`. */
function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isJsxExpression(node)) return node.expression ? literalTexts(node.expression) : [];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  }
  if (ts.isConditionalExpression(node))
    return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...literalTexts(node.left), ...literalTexts(node.right)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  return [];
}

/** The catalogue keys a source text asks for: the literal first argument of every `t(…)` / `x.t(…)` call. */
export function findTranslationKeys(fileName: string, source: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const keys: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const [first] = node.arguments;
      if (name === 't' && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        keys.push(first.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return keys;
}
