import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** An error the page could not show, as written to the main log. */
class RendererError extends Error {
  override readonly name = 'RendererError';
}

/** What the page reports about itself: errors its error boundaries caught, written to the main log. */
export function diagnosticsHandlers({ log }: HandlerContext) {
  return domainHandlers({
    logRendererError: ({ message, stack, where }) => {
      const error = new RendererError(message);
      // The page's own stack (Chromium's starts with the error's name and message), not this handler's.
      error.stack = stack?.includes(message)
        ? stack
        : `RendererError: ${message}${stack ? `\n${stack}` : ''}`;
      const context = `renderer ${where.replace(/[^\w .:/-]/g, '?')}`;
      if (log) log.error(context, error);
      else console.error(`bulletin: ${context}`, error);
      return null;
    },
  });
}
