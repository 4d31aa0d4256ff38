import { describe, expect, it } from 'vitest';
import { contract, RENDERER_ERROR_LIMITS } from '../../../shared/contract';
import { rendererErrorReport } from './renderer-errors';

describe('a renderer error report', () => {
  it('carries the error’s name, message and stack, and where it happened', () => {
    const error = new RangeError('Maximum call stack size exceeded');
    const report = rendererErrorReport(error, 'note');
    expect(report).toEqual({
      message: 'RangeError: Maximum call stack size exceeded',
      stack: error.stack,
      where: 'note',
    });
    expect(contract.logRendererError.input.safeParse(report).success).toBe(true);
  });

  it('is cut to the sizes the contract accepts, however big the error', () => {
    const error = new Error('m'.repeat(50_000));
    error.stack = 's'.repeat(200_000);
    const report = rendererErrorReport(error, 'w'.repeat(500));
    expect(report.message).toHaveLength(RENDERER_ERROR_LIMITS.message);
    expect(report.stack).toHaveLength(RENDERER_ERROR_LIMITS.stack);
    expect(report.where).toHaveLength(RENDERER_ERROR_LIMITS.where);
    expect(contract.logRendererError.input.safeParse(report).success).toBe(true);
  });

  it('says only the type of a thrown non-error (it could be anything, a note’s text included)', () => {
    expect(rendererErrorReport('my private note', 'note')).toEqual({
      message: 'Thrown: string',
      where: 'note',
    });
    expect(rendererErrorReport({ note: 'secret' }, '')).toEqual({
      message: 'Thrown: object',
      where: 'window',
    });
  });
});
