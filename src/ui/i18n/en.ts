// Every English string of the kiosk, in one place, in the shape of vi.ts.
import type { Strings } from './vi';

export const en: Strings = {
  app: {
    title: 'Check-in kiosk',
    starting: 'Starting…',
  },
};
