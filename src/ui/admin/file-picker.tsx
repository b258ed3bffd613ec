// A file chooser that reads in the kiosk's language: the native input (kept for keyboards and
// screen readers) sits inside a large button-like label, whose own text we control; the
// browser's "Choose File / No file chosen" would otherwise follow the browser's language.
import { AdminIcon } from './admin-icons';

interface FilePickerProps {
  id: string;
  label: string;
  /** The chosen file's name, shown under the button. */
  chosen: string | null;
  chosenText: (name: string) => string;
  disabled?: boolean;
  onFile: (file: File, input: HTMLInputElement) => void;
}

export function FilePicker({
  id,
  label,
  chosen,
  chosenText,
  disabled = false,
  onFile,
}: FilePickerProps) {
  return (
    <div class="ad-field">
      <label for={id} class={`btn file-picker ${disabled ? 'is-disabled' : ''}`}>
        <AdminIcon name="file" />
        <span>{label}</span>
        <input
          id={id}
          class="file-picker__input"
          type="file"
          accept=".json,application/json,text/plain"
          disabled={disabled}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file, input);
          }}
        />
      </label>
      {chosen && <p class="ad-note">{chosenText(chosen)}</p>}
    </div>
  );
}
