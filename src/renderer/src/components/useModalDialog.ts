import { useEffect, type RefObject } from 'react';

/** What Tab can reach inside a dialog. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The elements of `container` that Tab stops on, in order (visible ones only). */
export function tabbables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
}

/** Tab from the last stop goes to the first, Shift+Tab from the first to the last: focus never leaves. */
export function trapTab(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return;
  const stops = tabbables(container);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const outside = !(active instanceof HTMLElement) || !container.contains(active) || active === container;
  if (event.shiftKey && (outside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (outside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}

export interface ModalDialogOptions {
  /** What to focus when it opens: a CSS selector inside the dialog, or a function finding it. */
  initialFocus?: string | ((dialog: HTMLDialogElement) => HTMLElement | null | undefined);
}

/**
 * Opens a native `<dialog>` as a modal for as long as the component is mounted: the page behind is
 * inert, Tab and Shift+Tab wrap inside it, and when it unmounts the focus goes back to whatever
 * had it before (the button that opened it). Every dialog of the app opens through this.
 */
export function useModalDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  options: ModalDialogOptions = {},
): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    const { initialFocus } = options;
    const first =
      typeof initialFocus === 'function'
        ? initialFocus(element)
        : initialFocus
          ? element.querySelector<HTMLElement>(initialFocus)
          : null;
    first?.focus();
    const onKey = (event: KeyboardEvent) => trapTab(element, event);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('keydown', onKey);
      if (element.open) element.close();
      // Back to the opener, as a native dialog would; not when it has gone (a view that changed).
      if (opener?.isConnected) opener.focus();
    };
    // Opened once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
