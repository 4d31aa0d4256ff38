import { describe, expect, it } from 'vitest';
import { EMPTY_NOTEBOOK_FILTER, exportScope, toNoteFilter } from '../notes/notebook-filter';
import { exportFilterOf } from '../export/export-options';

describe('the syllabus topic as a filter', () => {
  it('reaches the notebook’s filter, its Markdown export and the export dialog', () => {
    const filter = toNoteFilter({ ...EMPTY_NOTEBOOK_FILTER, syllabus: 'gs3.environment' });
    expect(filter).toEqual({ syllabus: 'gs3.environment' });
    expect(exportScope(filter)).toEqual({ scope: { syllabus: 'gs3.environment' }, complete: true });
    expect(exportFilterOf({ syllabus: 'gs2', tag: 'GS-2' })).toEqual({ syllabus: 'gs2', tag: 'GS-2' });
  });
});
