// A fieldset of large radio buttons or checkboxes: the whole row is the touch target, and the
// chosen option shows a filled mark and a thick border, not a colour alone.
import type { ComponentChildren } from 'preact';
import { useOptimistic } from './use-optimistic';

export interface Choice<T extends string> {
  value: T;
  label: ComponentChildren;
  lang?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  choices: Choice<T>[];
  /** The chosen values: one for radios, any number for checkboxes. */
  selected: readonly T[];
  multiple?: boolean;
  /** Saves the new choice; the group shows it while the promise is pending. */
  onChange: (selected: T[]) => Promise<unknown> | void;
}

export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  selected,
  multiple = false,
  onChange,
}: ChoiceGroupProps<T>) {
  const [shown, show] = useOptimistic<readonly T[]>(selected);
  const toggle = (value: T, checked: boolean) => {
    const next = !multiple
      ? [value]
      : checked
        ? [...shown.filter((v) => v !== value), value]
        : shown.filter((v) => v !== value);
    show(next, onChange(next));
  };
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((c) => {
        const checked = shown.includes(c.value);
        return (
          <label
            key={c.value}
            class={`choices__option ${checked ? 'is-checked' : ''}`}
            lang={c.lang}
          >
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={c.value}
              checked={checked}
              onChange={(e) => toggle(c.value, (e.target as HTMLInputElement).checked)}
            />
            <span>{c.label}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
