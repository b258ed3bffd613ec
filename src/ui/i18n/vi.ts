// Every Vietnamese string of the kiosk, in one place. Vietnamese is the default language.
// Sections belong to screens; en.ts has the same shape (the type checker holds them equal).
export const vi = {
  app: {
    title: 'Kiosk check-in',
    starting: 'Đang khởi động…',
  },
  // kiosk screen, verdicts, reasons, status bar, camera: src/ui/kiosk, src/ui/verdict, src/ui/status
  // admin, log, settings, setup wizard, update prompt: src/ui/admin, src/ui/setup, src/pwa
};

export type Strings = typeof vi;
