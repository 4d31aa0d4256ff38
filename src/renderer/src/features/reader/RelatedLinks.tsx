import { useState } from 'react';
import type { ArticleLink } from '../../../../shared/domain';
import { useT } from '../../i18n';
import { useOpenLinkedArticle } from '../notes/note-links';
import './related-links.css';

/**
 * The source's "Read more" links, apart from the text: a link to an article in the library opens it
 * here; any other shows its title and address as text, with a button to copy it (nothing goes online).
 */
export function RelatedLinks({ links }: { links: readonly ArticleLink[] }) {
  const { t } = useT();
  const open = useOpenLinkedArticle();
  if (links.length === 0) return null;
  return (
    <aside className="related-links" aria-labelledby="related-links-heading" data-testid="related-links">
      <h2 id="related-links-heading" className="related-links__heading">
        {t('links.heading')}
      </h2>
      <p className="related-links__hint">{t('links.hint')}</p>
      <ul className="related-links__list">
        {links.map((link, i) => (
          <li key={`${i}:${link.title}`} className="related-links__item">
            {link.articleId !== null ? (
              <button
                type="button"
                className="related-links__open"
                title={t('links.open', { title: link.title })}
                onClick={() => open(link.articleId!)}
              >
                {link.title}
              </button>
            ) : (
              <>
                <span className="related-links__title">{link.title}</span>
                <span className="related-links__absent">{t('links.notInLibrary')}</span>
                {link.url && link.url !== link.title && (
                  <span className="related-links__url">{link.url}</span>
                )}
                {link.url && <CopyButton text={link.url} />}
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}

function CopyButton({ text }: { text: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="related-links__copy"
      onClick={() =>
        void navigator.clipboard
          ?.writeText(text)
          .then(() => setCopied(true))
          .catch(() => undefined)
      }
    >
      {copied ? t('links.copied') : t('links.copy')}
    </button>
  );
}
