// Shared output of the benchmark scripts: a printed table and bench-results/NAME.json in the
// shape {"metric": {"value": n, "unit": "...", "target": n}}.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Metric {
  value: number;
  unit: string;
  target?: number;
  /** 'min' when bigger is better (a rate), 'max' when smaller is better (a time). */
  kind?: 'min' | 'max';
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export function writeReport(name: string, metrics: Record<string, Metric>): void {
  const rows = Object.entries(metrics).map(([key, m]) => {
    const met =
      m.target === undefined
        ? ''
        : (m.kind === 'max' ? m.value <= m.target : m.value >= m.target)
          ? 'ok'
          : 'MISSED';
    const target = m.target === undefined ? '' : `${m.kind === 'max' ? '≤' : '≥'} ${m.target}`;
    return [key, round(m.value).toLocaleString('en'), m.unit, target, met];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
  for (const r of rows)
    console.log(
      r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i] ?? 0))).join('  '),
    );
  const dir = resolve(import.meta.dirname ?? '.', '../bench-results');
  mkdirSync(dir, { recursive: true });
  const json = Object.fromEntries(
    Object.entries(metrics).map(([k, m]) => [
      k,
      {
        value: round(m.value),
        unit: m.unit,
        ...(m.target !== undefined ? { target: m.target } : {}),
      },
    ]),
  );
  writeFileSync(resolve(dir, `${name}.json`), JSON.stringify(json, null, 2) + '\n');
  console.log(`→ bench-results/${name}.json`);
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100);
