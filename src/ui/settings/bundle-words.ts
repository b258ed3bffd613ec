// A trust bundle refusal code (spec §4) in the guard's words.
import type { Strings } from '../i18n';

export function bundleRefusalText(code: string, s: Strings): string {
  const texts: Record<string, string> = s.settings.bundleRefusal;
  return Object.hasOwn(texts, code) ? texts[code]! : s.settings.bundleRefusalOther;
}
