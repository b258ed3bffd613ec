// The scanning machinery (frame loop, decoder bridge, crop), loaded by the kiosk screen while
// the camera opens rather than with the start-up bundle: the start-up JavaScript stays as
// small as before ZXing-C++ and the zoom control came in.
export { createFrameDecoder } from './frame-decoder';
export { startFrameLoop } from './frame-loop';
