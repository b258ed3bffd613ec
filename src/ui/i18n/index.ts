// The strings of the current language. Vietnamese unless the guard switched to English.
import { useServices } from '../services-context';
import { en } from './en';
import { vi, type Strings } from './vi';

export type { Strings };
export type Language = 'vi' | 'en';

export function stringsFor(language: Language): Strings {
  return language === 'en' ? en : vi;
}

export function useStrings(): Strings {
  return stringsFor(useServices().settings.current.value.language);
}
