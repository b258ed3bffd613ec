// The device's cameras, for the settings screen's camera choice. Labels are empty until the
// page has had camera permission once; the screen then numbers them instead.
export interface CameraChoice {
  deviceId: string;
  label: string;
}

export async function listCameras(): Promise<CameraChoice[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices
      .filter((d) => d.kind === 'videoinput' && d.deviceId !== '')
      .map((d) => ({ deviceId: d.deviceId, label: d.label }));
  } catch {
    return [];
  }
}
