// The QR on the back of a Vietnamese ID card (spec §3):
// `SoCCCD|SoCMND|HoTen|NgaySinh|GioiTinh|DiaChi|NgayCap`, NgayCap sometimes left off on the
// chip CCCD (2021–2024); the Căn cước card issued since 1 July 2024 adds four more fields
// (11 in all, up to 16 allowed). Fields 0–6 are read by position, the rest ignored.
// Unsigned: it proves who the card says, nothing about health.
import type { CodeReading, FormatAdapter } from './facts';

const CCCD_NUMBER = /^\d{12}$/;
const DDMMYYYY = /^\d{8}$/;
const MIN_FIELDS = 6;
const MAX_FIELDS = 16;
/** The chip CCCD has 6 or 7 fields; only the Căn cước card of 2024 has more. */
const MAX_CHIP_CCCD_FIELDS = 7;

export const cccdAdapter: FormatAdapter = {
  read(text: string): CodeReading | null {
    // Split no further than one field past the limit: a long text costs no more than a card.
    const fields = text.split('|', MAX_FIELDS + 1);
    if (fields.length < MIN_FIELDS || fields.length > MAX_FIELDS) return null;
    if (!CCCD_NUMBER.test(fields[0]!) || !DDMMYYYY.test(fields[3]!)) return null;
    const year = +fields[3]!.slice(4);
    return {
      kind: 'read',
      format: 'cccd',
      identity: {
        name: fields[2]!,
        birthYear: year >= 1900 ? year : null,
        documentNumber: fields[0]!,
        passId: `cccd:${fields[0]}`,
      },
      health: null,
      proof: null,
      details: {
        kind: 'id-card',
        card: fields.length > MAX_CHIP_CCCD_FIELDS ? 'can-cuoc-2024' : 'cccd-chip',
      },
    };
  },
};
