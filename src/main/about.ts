/** Help → About Bulletin: the product, its version, the runtime it was built on, and its licence. */
import { nativeText, type NativeText } from './native-text';

export const PRODUCT_NAME = 'Bulletin';
export const LICENCE = 'MIT';

export interface AboutFacts {
  version: string;
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>;
}

/** The About text, one fact a line, the same on every platform. */
export function aboutDetail(
  { version, versions }: AboutFacts,
  words: NativeText['about'] = nativeText('en').about,
): string {
  return [
    `${words.version} ${version}`,
    `Electron ${versions.electron ?? words.unknown}`,
    `Chromium ${versions.chrome ?? words.unknown}`,
    `Node.js ${versions.node ?? words.unknown}`,
    `${words.licence}: ${LICENCE}`,
  ].join('\n');
}

/** The options for `app.setAboutPanelOptions` (macOS's About panel, and Linux's where it exists). */
export function aboutPanelOptions(facts: AboutFacts): Electron.AboutPanelOptionsOptions {
  return {
    applicationName: PRODUCT_NAME,
    applicationVersion: facts.version,
    version: `Electron ${facts.versions.electron ?? 'unknown'}`,
    credits: aboutDetail(facts),
    copyright: `Licence: ${LICENCE}`,
  };
}
