// A sound and a vibration per verdict, distinct enough to tell apart without looking:
// admit rises, review repeats a middle tone, deny falls low. Web Audio, no sound files.
import type { Verdict } from '../../core';

type Cue = Verdict | 'duplicate';

const TONES: Record<Cue, { freq: number; ms: number }[]> = {
  admit: [
    { freq: 880, ms: 110 },
    { freq: 1320, ms: 160 },
  ],
  review: [
    { freq: 660, ms: 140 },
    { freq: 0, ms: 80 },
    { freq: 660, ms: 140 },
  ],
  deny: [
    { freq: 330, ms: 220 },
    { freq: 220, ms: 380 },
  ],
  duplicate: [{ freq: 990, ms: 90 }],
};

const VIBRATION: Record<Cue, number[]> = {
  admit: [80],
  review: [120, 80, 120],
  deny: [400, 100, 400],
  duplicate: [40],
};

let audio: AudioContext | null = null;

function context(): AudioContext | null {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
    return audio;
  } catch {
    return null;
  }
}

export function playCue(cue: Cue, opts: { sound: boolean; vibrate: boolean }): void {
  if (opts.vibrate && 'vibrate' in navigator) {
    try {
      navigator.vibrate(VIBRATION[cue]);
    } catch {
      // vibration is a nicety
    }
  }
  if (!opts.sound) return;
  const ctx = context();
  if (!ctx) return;
  let t = ctx.currentTime;
  for (const { freq, ms } of TONES[cue]) {
    if (freq > 0) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = cue === 'deny' ? 'square' : 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.3, t + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + ms / 1000);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + ms / 1000 + 0.02);
    }
    t += ms / 1000;
  }
}
