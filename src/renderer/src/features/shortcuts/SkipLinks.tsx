import { useT } from '../../i18n';
import type { View } from '../library/Sidebar';

/** Focuses the first element of `selectors` that is on the page. */
function focusFirst(...selectors: string[]): void {
  for (const selector of selectors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'nearest' });
      return;
    }
  }
}

/**
 * The window's first Tab stops, out of sight until focused: straight to the search field, the
 * article list or the reader (the main view elsewhere), past the sidebar's many buttons.
 */
export function SkipLinks({ view }: { view: View }) {
  const { t } = useT();
  const link = (testId: string, label: string, ...targets: string[]) => (
    <a
      href={`#${targets.at(-1)?.replace(/^#/, '') ?? ''}`}
      className="skip-links__link"
      data-testid={testId}
      onClick={(event) => {
        event.preventDefault();
        focusFirst(...targets);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="skip-links" aria-label={t('shortcuts.skip.label')}>
      {view === 'library' ? (
        <>
          {link('skip-search', t('shortcuts.skip.search'), '#search-input')}
          {link(
            'skip-list',
            t('shortcuts.skip.list'),
            '.list-pane__body [role="option"][tabindex="0"]',
            '.list-pane__body [role="option"]',
            '.list-pane__body a, .list-pane__body button',
            '#article-list',
          )}
          {link(
            'skip-reader',
            t('shortcuts.skip.reader'),
            '#main [data-testid="block"][tabindex="0"]',
            '#main [tabindex="0"]',
            '#main',
          )}
        </>
      ) : (
        link('skip-main', t('shortcuts.skip.main'), '#main')
      )}
    </nav>
  );
}
