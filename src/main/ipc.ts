import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNEL_PREFIX, channelNames } from '../shared/contract';
import { createHandlers, invokeChannel, type HandlerDeps } from './ipc-handlers';
import { runAsRendererCall } from './library-changes';
import { isTrustedSenderUrl } from './security';

/**
 * Registers one handler per contract channel; each checks the sender before anything else.
 * `onAnswered` hears each channel once its call has been answered (the start's ordering, first-page.ts).
 */
export function registerIpc(
  deps: HandlerDeps,
  trustedOrigins: readonly string[],
  window: () => WebContents | null,
  onAnswered: (channel: string) => void = () => undefined,
): void {
  const handlers = createHandlers(deps);
  for (const name of channelNames) {
    ipcMain.handle(`${CHANNEL_PREFIX}${name}`, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      const fromOurWindow = event.sender === window() && frame !== null && frame === event.sender.mainFrame;
      if (!fromOurWindow || !isTrustedSenderUrl(frame?.url, trustedOrigins)) {
        return { ok: false, error: 'Request refused: it did not come from Bulletin’s own window.' };
      }
      return runAsRendererCall(name, () => invokeChannel(handlers, name, input)).finally(() =>
        onAnswered(name),
      );
    });
  }
}
