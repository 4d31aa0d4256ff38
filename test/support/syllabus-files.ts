/**
 * The syllabus fixtures (labelled articles and story threads written for this project) as Markdown
 * files with front matter, the way a student's folder of notes would hold them: for the CLI, IPC and
 * end-to-end tests of issue 16.
 */
import { LABELLED_FIXTURES } from '../../src/main/library/syllabus/fixtures';
import { STORY_THREADS } from '../../src/main/library/syllabus/related-fixtures';
import { writeFile } from './temp-library';

/** One article as Markdown with `title`, `date` and `tags` front matter. */
export function articleMarkdown(title: string, date: string, tags: readonly string[], text: string): string {
  const list = tags.map((t) => JSON.stringify(t)).join(', ');
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\ntags: [${list}]\n---\n\n${text}\n`;
}

/** Writes the labelled fixtures and the first `threads` story threads into `dir`; returns the paths. */
export function writeSyllabusFixtures(dir: string, threads = 3): string[] {
  const labelled = LABELLED_FIXTURES.map((f, i) =>
    writeFile(
      dir,
      `labelled-${String(i).padStart(2, '0')}.md`,
      articleMarkdown(
        f.article.title,
        `2026-${String(1 + (i % 9)).padStart(2, '0')}-${String(10 + (i % 18))}`,
        f.article.tags,
        f.article.blocks.join('\n\n'),
      ),
    ),
  );
  const stories = STORY_THREADS.slice(0, threads).flatMap((thread, t) =>
    thread.articles.map((a, i) =>
      writeFile(dir, `story-${t}-${i}.md`, articleMarkdown(a.title, a.date ?? '2026-01-01', [], a.text)),
    ),
  );
  return [...labelled, ...stories];
}
