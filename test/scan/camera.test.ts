// The camera's extras, on stand-in tracks: continuous autofocus asked for only where offered,
// zoom offered only where the track has a real range, and a refusal never throws.
import { describe, expect, it } from 'vitest';
import { focusContinuously, setZoom, zoomRange } from '../../src/scan/camera';

function track(capabilities: object, settings: object = {}, refuse = false) {
  const applied: MediaTrackConstraints[] = [];
  const t = {
    getCapabilities: () => capabilities,
    getSettings: () => settings,
    applyConstraints: async (c: MediaTrackConstraints) => {
      if (refuse) throw new DOMException('no', 'OverconstrainedError');
      applied.push(c);
    },
  };
  return { track: t as unknown as MediaStreamTrack, applied };
}

describe('camera extras', () => {
  it('asks for continuous autofocus where the track offers it, and only there', async () => {
    const offered = track({ focusMode: ['manual', 'continuous'] });
    expect(await focusContinuously(offered.track)).toBe(true);
    expect(offered.applied).toEqual([{ advanced: [{ focusMode: 'continuous' }] }]);
    const fixed = track({ focusMode: ['manual'] });
    expect(await focusContinuously(fixed.track)).toBe(false);
    expect(fixed.applied).toEqual([]);
    expect(await focusContinuously(track({}).track)).toBe(false);
    expect(await focusContinuously(undefined)).toBe(false);
    expect(await focusContinuously(track({ focusMode: ['continuous'] }, {}, true).track)).toBe(
      false,
    );
  });

  it('offers zoom with the track’s range and current value', () => {
    const t = track({ zoom: { min: 1, max: 8, step: 0.1 } }, { zoom: 2 }).track;
    expect(zoomRange(t)).toEqual({ min: 1, max: 8, step: 0.1, value: 2 });
    expect(zoomRange(track({ zoom: { min: 1, max: 4 } }).track)).toEqual({
      min: 1,
      max: 4,
      step: 0.15,
      value: 1,
    });
  });

  it('offers no zoom where there is none, or no range', () => {
    expect(zoomRange(track({}).track)).toBeNull();
    expect(zoomRange(track({ zoom: { min: 1, max: 1, step: 0 } }).track)).toBeNull();
    expect(zoomRange(null)).toBeNull();
    const throwing = {
      getCapabilities: () => {
        throw new Error('x');
      },
    } as unknown as MediaStreamTrack;
    expect(zoomRange(throwing)).toBeNull();
  });

  it('sets the zoom, and says so when the camera refuses', async () => {
    const ok = track({ zoom: { min: 1, max: 8 } });
    expect(await setZoom(ok.track, 3)).toBe(true);
    expect(ok.applied).toEqual([{ advanced: [{ zoom: 3 }] }]);
    expect(await setZoom(track({}, {}, true).track, 3)).toBe(false);
  });
});
