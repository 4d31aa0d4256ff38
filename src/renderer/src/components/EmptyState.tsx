import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './EmptyState.css';

interface Props {
  title: string;
  icon?: IconName;
  children?: ReactNode;
  testId?: string;
}

/** A calm message where a list or a pane has nothing to show. */
export function EmptyState({ title, icon, children, testId = 'empty-state' }: Props) {
  return (
    <div className="empty-state" data-testid={testId}>
      {icon && (
        <div className="empty-state__icon">
          <Icon name={icon} size={22} />
        </div>
      )}
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  );
}
