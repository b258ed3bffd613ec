// A small zoom slider over the viewfinder, shown only where the camera can zoom
// (getCapabilities().zoom): a code held far away fills more of the frame the decoder reads.
// Its own component, so the kiosk screen only places it.
import { useEffect, useState } from 'preact/hooks';
import { setZoom, zoomRange, type ZoomRange } from '../../scan/camera';
import type { Strings } from '../i18n';
import './zoom-control.css';

export function ZoomControl(props: { track: MediaStreamTrack | null; strings: Strings }) {
  const [range, setRange] = useState<ZoomRange | null>(null);
  useEffect(() => setRange(zoomRange(props.track)), [props.track]);
  if (!range || !props.track) return null;
  const track = props.track;
  const label = `${range.value.toFixed(1)}×`;
  return (
    <label class="zoom-control">
      <span class="zoom-control__name">{props.strings.kiosk.zoom}</span>
      <input
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={range.value}
        aria-valuetext={label}
        onInput={(event) => {
          const value = Number(event.currentTarget.value);
          setRange({ ...range, value });
          void setZoom(track, value);
        }}
      />
      <span class="zoom-control__value" aria-hidden="true">
        {label}
      </span>
    </label>
  );
}
