// One on/off setting as a large checkbox row; shows the new state while it is being saved.
import { useOptimistic } from './use-optimistic';

interface SwitchSettingProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => Promise<unknown>;
}

export function SwitchSetting({ label, checked, onChange }: SwitchSettingProps) {
  const [shown, show] = useOptimistic(checked);
  return (
    <label class={`choices__option ${shown ? 'is-checked' : ''}`}>
      <input
        type="checkbox"
        checked={shown}
        onChange={(e) => {
          const next = (e.target as HTMLInputElement).checked;
          show(next, onChange(next));
        }}
      />
      <span>{label}</span>
    </label>
  );
}
