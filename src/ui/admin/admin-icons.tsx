// Icons of the admin screens, as inline SVG: emoji and rare symbols are missing from some
// tablets' fonts. Decorative only: each stands beside words that say the same.
import { PathIcon } from '../icons/icons';

const PATHS = {
  check: 'M20 6 9 17l-5-5',
  cross: 'M18 6 6 18M6 6l12 12',
  alert: 'M12 3 2 21h20L12 3zm0 6v5m0 3.5v.5',
  question: 'M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.6V15m0 3.5v.5',
  lock: 'M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4',
  trash: 'M3 6h18M8 6V4h8v2M6 6l1 15h10l1-15',
  download: 'M12 3v12m-5-5 5 5 5-5M4 21h16',
  file: 'M14 3H6v18h12V7zm0 0v4h4M9 13h6M9 17h6',
  refresh: 'M21 12a9 9 0 1 1-3-6.7L21 8M21 3v5h-5',
  backspace: 'M21 5H8l-6 7 6 7h13zM12 9l6 6m0-6-6 6',
  back: 'M19 12H5m6-7-7 7 7 7',
  arrowIn: 'M5 12h14m-6-6 6 6-6 6',
  arrowOut: 'M19 12H5m6-6-6 6 6 6',
} as const;

export type AdminIconName = keyof typeof PATHS;

export function AdminIcon({ name, size = 22 }: { name: AdminIconName; size?: number }) {
  return <PathIcon d={PATHS[name]} size={size} class="ad-icon" strokeWidth={2.6} />;
}
