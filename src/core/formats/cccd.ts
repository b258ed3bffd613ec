// The QR on the back of the Vietnamese chip ID card (spec §3):
// `SoCCCD|SoCMND|HoTen|NgaySinh|GioiTinh|DiaChi|NgayCap`, NgayCap sometimes left off.
// Unsigned: it proves who the card says, nothing about health.
import type { CodeReading, FormatAdapter } from './facts';

const CCCD_NUMBER = /^\d{12}$/;
const DDMMYYYY = /^\d{8}$/;

export const cccdAdapter: FormatAdapter = {
  read(text: string): CodeReading | null {
    const fields = text.split('|');
    if (fields.length !== 6 && fields.length !== 7) return null;
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
    };
  },
};
