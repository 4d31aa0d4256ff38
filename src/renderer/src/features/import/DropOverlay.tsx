import { useEffect, useState } from 'react';
import './import.css';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';

interface Props {
  busy: boolean;
  onDropFiles: (files: File[]) => void;
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Lets files be dropped anywhere on the window, with an overlay while they are dragged over it. */
export function DropOverlay({ busy, onDropFiles }: Props) {
  const { t } = useT();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the drag left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      onDropFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    const onEnd = () => {
      depth = 0;
      setDragging(false);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onEnd);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onEnd);
    };
  }, [onDropFiles]);

  if (!dragging && !busy) return null;
  return (
    <div className={dragging ? 'drop-overlay' : 'drop-overlay drop-overlay--busy'} data-testid="drop-overlay">
      <div className="drop-overlay__card">
        <div className="drop-overlay__icon">
          <Icon name="upload" size={24} />
        </div>
        <p className="drop-overlay__title">{dragging ? t('import.drop.title') : t('import.drop.busy')}</p>
        {dragging && <p className="drop-overlay__hint">{t('import.drop.hint')}</p>}
      </div>
    </div>
  );
}
