/** Help → About Bulletin: the product, its version, the runtime it was built on, and its licence. */

export const PRODUCT_NAME = 'Bulletin';
export const LICENCE = 'MIT';

export interface AboutFacts {
  version: string;
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>;
}

/** The About text, one fact a line, the same on every platform. */
export function aboutDetail({ version, versions }: AboutFacts): string {
  return [
    `Version ${version}`,
    `Electron ${versions.electron ?? 'unknown'}`,
    `Chromium ${versions.chrome ?? 'unknown'}`,
    `Node.js ${versions.node ?? 'unknown'}`,
    `Licence: ${LICENCE}`,
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
