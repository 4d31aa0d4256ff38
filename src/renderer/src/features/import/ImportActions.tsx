import { useState } from 'react';
import { AddArticleDialog } from './AddArticleDialog';
import { FeedDialog } from './FeedDialog';
import { ImportButton } from './ImportButton';
import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n';
import type { ImportState } from './useImport';
import './import.css';

interface Props {
  importer: ImportState;
}

/** The sidebar's ways in: files, a folder, pasted text and a feed. */
export function ImportActions({ importer }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState<'article' | 'feed' | null>(null);
  const busy = importer.busy !== null;
  const more: Array<{ id: string; icon: IconName; label: string; title: string; onClick: () => void }> = [
    {
      id: 'import-folder-button',
      icon: 'folder',
      label: importer.busy === 'folder' ? t('import.actions.folderBusy') : t('import.actions.folder'),
      title: t('import.actions.folderTitle'),
      onClick: importer.importFolder,
    },
    {
      id: 'add-article-button',
      icon: 'paste',
      label: t('import.actions.article'),
      title: t('import.actions.articleTitle'),
      onClick: () => setOpen('article'),
    },
    {
      id: 'fetch-feed-button',
      icon: 'feed',
      label: t('import.actions.feed'),
      title: t('import.actions.feedTitle'),
      onClick: () => setOpen('feed'),
    },
  ];

  return (
    <>
      <ImportButton
        busy={busy}
        working={importer.busy === 'dialog' || importer.busy === 'drop'}
        onClick={importer.importWithDialog}
      />
      <div className="import-actions" role="group" aria-label={t('import.actions.group')}>
        {more.map((action) => (
          <button
            key={action.id}
            type="button"
            className="side-item import-actions__item"
            data-testid={action.id}
            title={action.title}
            disabled={busy}
            onClick={action.onClick}
          >
            <Icon name={action.icon} size={15} className="side-item__icon" />
            <span className="side-item__label">{action.label}</span>
          </button>
        ))}
      </div>
      {open === 'article' && (
        <AddArticleDialog importText={importer.importText} onClose={() => setOpen(null)} />
      )}
      {open === 'feed' && <FeedDialog importFeed={importer.importFeed} onClose={() => setOpen(null)} />}
    </>
  );
}
