import { useAppearance } from './useAppearance';
import { useZoomKeys } from './useZoomKeys';

/** Applies the appearance preferences to the document and listens for the zoom keys; renders nothing. */
export function Appearance() {
  useAppearance();
  useZoomKeys();
  return null;
}
