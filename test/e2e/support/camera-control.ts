// Making the kiosk's camera go away and come back, from inside the page. Chromium's fake
// capture device cannot be unplugged, so the drills do what an unplugged camera does to the
// page: the live video track ends (readyState "ended" and an `ended` event, which a real
// unplug fires and `track.stop()` alone does not), and while the camera is away opening it
// fails with NotFoundError. Its return is announced with `devicechange`, as the browser does.
import { expect, type Page } from '@playwright/test';

/** Resolves once the kiosk's viewfinder shows live camera video. */
export async function waitForLiveCamera(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const video = document.querySelector<HTMLVideoElement>('.viewfinder video');
          const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
          return !!video && video.readyState >= 2 && !video.paused && track?.readyState === 'live';
        }),
      { intervals: [50], timeout: 15_000 },
    )
    .toBe(true);
}

/** Ends the viewfinder's video track as an unplugged camera would. */
export function unplugCamera(page: Page): Promise<void> {
  return page.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('.viewfinder video');
    const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
    if (!track) throw new Error('no live camera track to end');
    track.stop();
    track.dispatchEvent(new Event('ended'));
  });
}

declare global {
  interface Window {
    __drillCameraAway?: boolean;
  }
}

/** From now until `bringCameraBack`, opening a camera fails as with no camera plugged in. */
export function keepCameraAway(page: Page): Promise<void> {
  return page.evaluate(() => {
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    window.__drillCameraAway = true;
    devices.getUserMedia = (constraints) =>
      window.__drillCameraAway
        ? Promise.reject(new DOMException('Requested device not found', 'NotFoundError'))
        : open(constraints);
  });
}

/** The camera is back: opening works again, and the page is told a device appeared. */
export function bringCameraBack(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.__drillCameraAway = false;
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
  });
}
