// The few icons the kiosk needs, as inline SVG (no icon font to load offline). Decorative:
// every icon stands beside words that say the same.
import type { VerdictIcon } from '../kiosk/verdict-view';

const PATHS: Record<
  | VerdictIcon
  | 'camera'
  | 'torch'
  | 'keyboard'
  | 'settings'
  | 'expand'
  | 'wifi'
  | 'wifiOff'
  | 'chevron',
  string
> = {
  check: 'M20 6 9 17l-5-5',
  alert: 'M12 3 2 21h20L12 3zm0 6v5m0 3.5v.5',
  cross: 'M18 6 6 18M6 6l12 12',
  repeat: 'M17 2l4 4-4 4M3 11V9a3 3 0 0 1 3-3h15M7 22l-4-4 4-4m14-1v2a3 3 0 0 1-3 3H3',
  exit: 'M16 17l5-5-5-5M21 12H9M13 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h8',
  pen: 'M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z',
  camera:
    'M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
  torch: 'M9 2h6l-1 7h-4zM10 9h4v13h-4z',
  keyboard: 'M2 6h20v12H2zM6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-2.8 1.2V21a2 2 0 1 1-4 0v-.1A1.7 1.7 0 0 0 7 19.4a1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1A1.7 1.7 0 0 0 1.2 14H1a2 2 0 1 1 0-4h.1A1.7 1.7 0 0 0 4.6 7a1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1A1.7 1.7 0 0 0 10 1.2V1a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 2.8 1.2l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1A1.7 1.7 0 0 0 22.8 10H23a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-3.5 1z',
  expand:
    'M8 3H5a2 2 0 0 0-2 2v3m18 0V5a2 2 0 0 0-2-2h-3m0 18h3a2 2 0 0 0 2-2v-3M3 16v3a2 2 0 0 0 2 2h3',
  wifi: 'M5 12.5a10 10 0 0 1 14 0M8.5 16a5 5 0 0 1 7 0M12 19.5h.01M1.5 9a15 15 0 0 1 21 0',
  chevron: 'M6 9l6 6 6-6',
  wifiOff:
    'M2 2l20 20M8.5 16a5 5 0 0 1 7 0M12 19.5h.01M5 12.5a10 10 0 0 1 5-2.7M1.5 9a15 15 0 0 1 4.3-3M16.7 10.7A10 10 0 0 1 19 12.5M10.7 5.1A15 15 0 0 1 22.5 9',
};

export type IconName = keyof typeof PATHS;

/** One stroked 24×24 path, hidden from screen readers: the words beside it say the same. */
export function PathIcon(props: { d: string; size: number; class: string; strokeWidth: number }) {
  return (
    <svg
      class={props.class}
      width={props.size}
      height={props.size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width={props.strokeWidth}
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={props.d} />
    </svg>
  );
}

export function Icon({ name, size = 24 }: { name: IconName; size?: number }) {
  return <PathIcon d={PATHS[name]} size={size} class="icon" strokeWidth={2.4} />;
}
