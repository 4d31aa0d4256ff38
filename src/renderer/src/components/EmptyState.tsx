import type { ReactNode } from 'react';
import './EmptyState.css';

interface Props {
  title: string;
  children?: ReactNode;
  testId?: string;
}

/** A calm message where a list or a pane has nothing to show. */
export function EmptyState({ title, children, testId = 'empty-state' }: Props) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state__title">{title}</p>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  );
}
