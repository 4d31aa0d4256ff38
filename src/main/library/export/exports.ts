import type { ExportPreview, NoteFilter } from '../../../shared/domain';
import { localToday } from '../../../shared/dates';
import type { Db } from '../db/connection';
import type { Notes } from '../notes/notes';
import type { ExportRequest, ExportResult } from './index';
import * as exports from './library-export';

/** What exporting needs from the library: the database, the clock and the notes. */
export interface ExportsDeps {
  db: Db;
  now: () => Date;
  notes: Notes;
}

/** Exports: the notes as Markdown, a live preview, and every format (Markdown, PDF, DOCX, Anki, CSV). */
export class Exports {
  constructor(private readonly deps: ExportsDeps) {}

  /** The notes in scope as a Markdown document. */
  notesMarkdown(filter: NoteFilter = {}): { markdown: string; count: number } {
    return exports.notesMarkdown(this.deps.notes.listNotes(filter), this.today());
  }

  /** Writes the notes in scope to a Markdown file, atomically. */
  writeNotesMarkdown(path: string, filter: NoteFilter = {}): { path: string; count: number } {
    return exports.writeNotesMarkdown(path, this.notesMarkdown(filter));
  }

  /** What an export would hold, for a live preview: counts, and the first articles with their notes. */
  preview(request: Omit<ExportRequest, 'out' | 'format'>, maxArticles = 20): ExportPreview {
    return exports.previewExport(this.deps.db, request, this.today(), maxArticles);
  }

  /** Exports the scope in one of the formats, written atomically. */
  exportTo(request: ExportRequest): Promise<ExportResult> {
    return exports.exportTo(this.deps.db, request, this.today());
  }

  private today(): string {
    return localToday(this.deps.now());
  }
}
