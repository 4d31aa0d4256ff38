import { describe, expect, it } from 'vitest';
import { EMPTY_NOTEBOOK_FILTER, exportScope, toNoteFilter } from '../notes/notebook-filter';
import { exportFilterOf, exportRequest, initialOptions } from '../export/export-options';

describe('the syllabus topic as a filter', () => {
  it('reaches the notebook’s filter, its Markdown export and the export dialog', () => {
    const filter = toNoteFilter({ ...EMPTY_NOTEBOOK_FILTER, syllabus: 'gs3.environment' });
    expect(filter).toEqual({ syllabus: 'gs3.environment' });
    expect(exportScope(filter)).toEqual({ scope: { syllabus: 'gs3.environment' }, complete: true });
    expect(exportFilterOf({ syllabus: 'gs2', tag: 'GS-2' })).toEqual({ syllabus: 'gs2', tag: 'GS-2' });
  });

  it('asks for Hindi syllabus headings from the Hindi window, and only when grouped by syllabus', () => {
    const origin = { filter: { syllabus: 'gs3' } };
    const grouped = { ...initialOptions(origin), format: 'pdf' as const, grouping: 'syllabus' as const };
    expect(exportRequest(grouped, origin, 'hi')).toMatchObject({
      request: { grouping: 'syllabus', syllabus: 'gs3', language: 'hi' },
    });
    expect(exportRequest(grouped, origin, 'en')).not.toHaveProperty('request.language');
    expect(exportRequest(grouped, origin)).not.toHaveProperty('request.language');
    const byDate = { ...grouped, grouping: 'date' as const };
    expect(exportRequest(byDate, origin, 'hi')).not.toHaveProperty('request.language');
  });
});
