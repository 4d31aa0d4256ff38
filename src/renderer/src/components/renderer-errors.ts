/** What an error boundary sends to the main log: the error itself, cut to size; never the props. */
import { RENDERER_ERROR_LIMITS, type ChannelInput } from '../../../shared/contract';

export type RendererErrorReport = ChannelInput<'logRendererError'>;

/** The report for a caught error: its name and message, its stack, and which part of the window broke. */
export function rendererErrorReport(error: unknown, where: string): RendererErrorReport {
  const { message, stack } =
    error instanceof Error
      ? { message: `${error.name}: ${error.message}`, stack: error.stack }
      : { message: `Thrown: ${typeof error}`, stack: undefined };
  return {
    message: cut(message, RENDERER_ERROR_LIMITS.message) || 'Error',
    ...(stack ? { stack: cut(stack, RENDERER_ERROR_LIMITS.stack) } : {}),
    where: cut(where, RENDERER_ERROR_LIMITS.where) || 'window',
  };
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
