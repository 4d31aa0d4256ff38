/**
 * The window's layout on small screens: the sidebar collapses to icons when the window (in CSS
 * pixels, after the interface zoom) is narrower than `COMPACT_WIDTH`, and the user can expand or
 * collapse it either way; the article list can be hidden to give the reader the whole width.
 */
import { createContext, useContext, useEffect, useState } from 'react';

/** Below this width (CSS px) the sidebar starts collapsed: 1024×700 and 1280×720 are compact. */
export const COMPACT_WIDTH = 1320;

export interface Layout {
  sidebarCollapsed: boolean;
  toggleSidebar: () => void;
  listHidden: boolean;
  toggleList: () => void;
}

export const LayoutContext = createContext<Layout>({
  sidebarCollapsed: false,
  toggleSidebar: () => undefined,
  listHidden: false,
  toggleList: () => undefined,
});

/** The window's layout and its toggles. */
export const useLayout = () => useContext(LayoutContext);

/** Whether the window is narrower than `COMPACT_WIDTH` CSS pixels (`innerWidth` follows CSS zoom on the root). */
export function useCompactWindow(zoom: number): boolean {
  const measure = () => window.innerWidth / zoom < COMPACT_WIDTH;
  const [compact, setCompact] = useState(measure);
  useEffect(() => {
    const onResize = () => setCompact(window.innerWidth / zoom < COMPACT_WIDTH);
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [zoom]);
  return compact;
}

/** The layout state the workspace keeps: the user's choice for the sidebar wins over the window's size. */
export function useLayoutState(zoom: number): Layout {
  const compact = useCompactWindow(zoom);
  const [sidebarChoice, setSidebarChoice] = useState<'collapsed' | 'expanded' | null>(null);
  const [listHidden, setListHidden] = useState(false);
  const sidebarCollapsed = sidebarChoice === null ? compact : sidebarChoice === 'collapsed';
  return {
    sidebarCollapsed,
    toggleSidebar: () => setSidebarChoice(sidebarCollapsed ? 'expanded' : 'collapsed'),
    listHidden,
    toggleList: () => setListHidden((hidden) => !hidden),
  };
}
