import { existsSync } from 'node:fs';
import type { ExportPreview, ExportSample, NoteFilter } from '../../../shared/domain';
import { localToday } from '../../../shared/dates';
import type { Db } from '../db/connection';
import type { Notes } from '../notes/notes';
import { Jobs, type JobStatus } from '../jobs';
import type { ExportProgress, ExportRequest, ExportResult } from './index';
import * as exports from './library-export';
import { scopeArticleCounts, scopeNoteCount, type ScopeCounts } from './compilation';
import { exportSample } from './sample';
import { nextTurn } from '../turns';

/** What exporting needs from the library: the database, the clock and the notes. */
export interface ExportsDeps {
  db: Db;
  now: () => Date;
  notes: Notes;
}

/** Exports: the notes as Markdown, a live preview, and every format (Markdown, PDF, DOCX, Anki, CSV). */
export class Exports {
  /** Exports are jobs: one at a time, with progress, cancel and result (see jobs.ts). */
  private readonly jobs = new Jobs<ExportProgress, ExportResult>({
    noun: 'an export',
    initial: () => ({ phase: 'reading', done: 0, total: 0 }),
    describeError: (error) => `The export stopped: ${error.message}`,
  });

  constructor(private readonly deps: ExportsDeps) {}

  /** The notes in scope as a Markdown document. */
  notesMarkdown(filter: NoteFilter = {}): { markdown: string; count: number } {
    return exports.notesMarkdown(
      this.deps.notes.listNotes(filter),
      this.today(),
      this.deps.notes.getSettings().colorNames,
    );
  }

  /** Writes the notes in scope to a Markdown file, atomically. */
  writeNotesMarkdown(path: string, filter: NoteFilter = {}): { path: string; count: number } {
    const { db } = this.deps;
    return db.transaction(() => exports.writeNotesMarkdown(db, path, filter, this.today()))();
  }

  /**
   * Writes the notes in scope to a Markdown file in the export worker (all 100,000 notes held the main
   * thread 1.6 s); here when the library is not a file or the worker cannot start.
   */
  async writeNotesMarkdownOffThread(
    path: string,
    filter: NoteFilter = {},
  ): Promise<{ path: string; count: number }> {
    const { db } = this.deps;
    if (!db.memory && existsSync(db.name)) {
      const { callExportWorker, NoExportWorker } = await import('./export-client');
      try {
        return await callExportWorker('notesMarkdown', {
          database: db.name,
          filter,
          exportedOn: this.today(),
          out: path,
        });
      } catch (error) {
        if (!(error instanceof NoExportWorker)) throw error;
      }
    }
    return this.writeNotesMarkdown(path, filter);
  }

  /** What an export would hold, for a live preview: counts, and the first articles with their notes. */
  preview(request: Omit<ExportRequest, 'out' | 'format'>, maxArticles = 20): ExportPreview {
    return exports.previewExport(this.deps.db, request, this.today(), maxArticles);
  }

  /** The first articles of an export as its format writes them (the dialog's preview of that format). */
  sample(request: Omit<ExportRequest, 'out'>): ExportSample {
    return exportSample(this.deps.db, request, this.today());
  }

  /**
   * `preview` for the window: its counts over the whole scope (10–30 ms each at 50,000 articles and
   * 100,000 notes) and its first articles in three turns of the event loop, not one run of 50–70 ms.
   */
  async previewInTurns(
    request: Omit<ExportRequest, 'out' | 'format'>,
    maxArticles = 20,
  ): Promise<ExportPreview> {
    const counts = await this.countInTurns(request);
    return exports.previewExport(this.deps.db, request, this.today(), maxArticles, counts);
  }

  /** `sample` for the window, in turns as `previewInTurns`. */
  async sampleInTurns(request: Omit<ExportRequest, 'out'>): Promise<ExportSample> {
    const counts = await this.countInTurns(request);
    return exportSample(this.deps.db, request, this.today(), undefined, counts);
  }

  /** The scope's counts, a turn of the event loop after each of its two queries. */
  private async countInTurns(request: Omit<ExportRequest, 'out' | 'format'>): Promise<ScopeCounts> {
    const content = request.content ?? 'articles';
    const articles = scopeArticleCounts(this.deps.db, request, content);
    await nextTurn();
    const notes = scopeNoteCount(this.deps.db, request, content);
    await nextTurn();
    return { ...articles, notes };
  }

  /** Exports the scope in one of the formats, written atomically, as a job; resolves when it is done. */
  exportTo(request: ExportRequest): Promise<ExportResult> {
    return this.start(request).result;
  }

  /**
   * Starts an export job: compiled and written in the export worker (the main thread stays free), a PDF
   * printed here. `result` resolves with what was written; `status(id)` polls it; `cancel(id)` stops it.
   */
  start(request: ExportRequest): { id: number; result: Promise<ExportResult> } {
    const today = this.today();
    return this.jobs.run(({ signal, report }) =>
      exports.exportTo(this.deps.db, request, today, { signal, onProgress: report }),
    );
  }

  /** Where an export job stands; without an id, the latest one (null when there has been none). */
  status(id?: number): JobStatus<ExportProgress, ExportResult> | null {
    const latest = id ?? this.jobs.latest();
    return latest === null ? null : this.jobs.status(latest);
  }

  /** Stops an export job (the latest without an id): the worker is stopped and nothing is written. */
  cancel(id?: number): void {
    const latest = id ?? this.jobs.latest();
    if (latest !== null) this.jobs.cancel(latest);
  }

  private today(): string {
    return localToday(this.deps.now());
  }
}
