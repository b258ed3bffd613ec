// How many entries the server holds for a device of the asking device's venue: what a kiosk
// set up again after a wipe tells the guard. Signed like an upload; another venue's device is
// unknown (no count leaks), and a replayed or unsigned request is refused.
import { describe, expect, it } from 'vitest';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { HELD_COUNT_PATH } from '../../../src/sync/wire';
import { makeEntries } from '../support/entries';
import { enrollTestDevice, sendSigned, upload } from '../support/signed-client';
import { venueWithDevice, type SuiteContext } from './suite-context';

export function heldCountSuite(ctx: SuiteContext): void {
  describe('held count for a device of the venue', () => {
    it('says how many entries the server holds for the old device, and the newest time', async () => {
      const old = await venueWithDevice(ctx);
      const entries = makeEntries(4).map(toWireEntry);
      expect((await upload(old, entries)).status).toBe(200);
      // The wiped kiosk enrolls again in the same venue and asks about the device it was.
      const again = await ctx.server().ops.newEnrollmentCode(old.venueId);
      const renewed = await enrollTestDevice(ctx.server().url, again.code);
      const asked = await sendSigned(
        renewed,
        { deviceId: old.deviceId },
        { path: HELD_COUNT_PATH },
      );
      expect(asked.status).toBe(200);
      expect(asked.body).toEqual({
        deviceId: old.deviceId,
        entries: 4,
        lastAt: Math.max(...entries.map((e) => e.at)),
      });
      // A device with nothing uploaded yet: zero, and no time.
      const own = await sendSigned(
        renewed,
        { deviceId: renewed.deviceId },
        { path: HELD_COUNT_PATH },
      );
      expect(own.body).toEqual({ deviceId: renewed.deviceId, entries: 0, lastAt: null });
      // The same request again is a replay.
      expect((await asked.replay()).status).toBe(401);
    });

    it("another venue's device is unknown, and an unsigned or malformed request is refused", async () => {
      const mine = await venueWithDevice(ctx);
      const theirs = await venueWithDevice(ctx);
      const other = await sendSigned(
        mine,
        { deviceId: theirs.deviceId },
        { path: HELD_COUNT_PATH },
      );
      expect(other).toMatchObject({ status: 404, body: { error: 'DEVICE_UNKNOWN' } });
      const bad = await sendSigned(mine, { device: 1 }, { path: HELD_COUNT_PATH });
      expect(bad).toMatchObject({ status: 400, body: { error: 'BODY_MALFORMED' } });
      const unsigned = await fetch(`${ctx.server().url}${HELD_COUNT_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deviceId: mine.deviceId }),
      });
      expect(unsigned.status).toBe(401);
    });
  });
}
