// A fix for ZXing-js 0.23's QR finder-pattern search, ported from ZXing Java 3.4 (Apache-2.0).
//
// ZXing-js checks a candidate finder pattern along the diagonal only for "pure" barcode
// images, so in a camera frame a 1:1:3:1:1 run in the data area of a large code is taken for a
// finder pattern. Once two centres are confirmed, the finder skips rows towards where it
// expects the third, and with a false centre it skips past the real one: about a quarter of
// version 11 codes (every signed 1405 code is version 10–13) failed to decode at any size,
// while small codes were fine. ZXing Java fixed this in 3.4 by always checking the diagonal
// (leniently) and choosing the three centres that best form the finder patterns' right
// isosceles triangle. test/scan/zxing-js-reader.test.ts holds codes that fail without this module.
// Used only by the ZXing-js fallback (zxing-js-reader.ts); the kiosk reads with ZXing-C++.
import NotFoundException from '@zxing/library/esm/core/NotFoundException';
import FinderPattern from '@zxing/library/esm/core/qrcode/detector/FinderPattern';
import FinderPatternFinder from '@zxing/library/esm/core/qrcode/detector/FinderPatternFinder';

interface BitImage {
  get(x: number, y: number): boolean;
  getWidth(): number;
  getHeight(): number;
}

/** The parts of ZXing-js's FinderPatternFinder this patch uses. */
interface Finder {
  image: BitImage;
  possibleCenters: FinderPattern[];
  resultPointCallback?: { foundPossibleResultPoint(point: FinderPattern): void } | null;
  getCrossCheckStateCount(): number[];
  crossCheckVertical(startI: number, centerJ: number, maxCount: number, total: number): number;
  crossCheckHorizontal(startJ: number, centerI: number, maxCount: number, total: number): number;
}

/** ZXing Java `foundPatternDiagonal`: within 75 % of 1:1:3:1:1. */
function foundPatternDiagonal(s: number[]): boolean {
  const total = s.reduce((a, b) => a + b, 0);
  if (s.some((c) => c === 0) || total < 7) return false;
  const module = total / 7;
  const variance = module / 1.333;
  return (
    Math.abs(module - s[0]!) < variance &&
    Math.abs(module - s[1]!) < variance &&
    Math.abs(3 * module - s[2]!) < 3 * variance &&
    Math.abs(module - s[3]!) < variance &&
    Math.abs(module - s[4]!) < variance
  );
}

/** ZXing Java `crossCheckDiagonal(centerI, centerJ)`: the pattern holds along the diagonal too. */
function crossCheckDiagonal(finder: Finder, centerI: number, centerJ: number): boolean {
  const s = finder.getCrossCheckStateCount();
  const img = finder.image;
  const dark = (d: number) => img.get(centerJ + d, centerI + d);
  let i = 0;
  const up = () => centerI >= i && centerJ >= i;
  while (up() && dark(-i)) (s[2]!++, i++);
  if (s[2] === 0) return false;
  while (up() && !dark(-i)) (s[1]!++, i++);
  if (s[1] === 0) return false;
  while (up() && dark(-i)) (s[0]!++, i++);
  if (s[0] === 0) return false;
  const maxI = img.getHeight();
  const maxJ = img.getWidth();
  const down = () => centerI + i < maxI && centerJ + i < maxJ;
  i = 1;
  while (down() && dark(i)) (s[2]!++, i++);
  while (down() && !dark(i)) (s[3]!++, i++);
  if (s[3] === 0) return false;
  while (down() && dark(i)) (s[4]!++, i++);
  if (s[4] === 0) return false;
  return foundPatternDiagonal(s);
}

type Proto = Finder & {
  handlePossibleCenter(stateCount: number[], i: number, j: number): boolean;
  selectBestPatterns(): FinderPattern[];
};
const proto = FinderPatternFinder.prototype as unknown as Proto;
const centerFromEnd = (
  FinderPatternFinder as unknown as { centerFromEnd(s: number[], end: number): number }
).centerFromEnd;

/** ZXing Java 3.4 `handlePossibleCenter`: vertical, horizontal, then diagonal cross-checks. */
proto.handlePossibleCenter = function (
  this: Finder,
  stateCount: number[],
  i: number,
  j: number,
): boolean {
  const total = stateCount.reduce((a, b) => a + b, 0);
  let centerJ = centerFromEnd(stateCount, j);
  const centerI = this.crossCheckVertical(i, Math.floor(centerJ), stateCount[2]!, total);
  if (Number.isNaN(centerI)) return false;
  centerJ = this.crossCheckHorizontal(
    Math.floor(centerJ),
    Math.floor(centerI),
    stateCount[2]!,
    total,
  );
  if (Number.isNaN(centerJ) || !crossCheckDiagonal(this, Math.floor(centerI), Math.floor(centerJ)))
    return false;
  const moduleSize = total / 7;
  const index = this.possibleCenters.findIndex((c) => c.aboutEquals(moduleSize, centerI, centerJ));
  if (index >= 0) {
    this.possibleCenters[index] = this.possibleCenters[index]!.combineEstimate(
      centerI,
      centerJ,
      moduleSize,
    );
  } else {
    const point = new FinderPattern(centerJ, centerI, moduleSize);
    this.possibleCenters.push(point);
    this.resultPointCallback?.foundPossibleResultPoint(point);
  }
  return true;
};

const squaredDistance = (a: FinderPattern, b: FinderPattern) =>
  (a.getX() - b.getX()) ** 2 + (a.getY() - b.getY()) ** 2;

/** ZXing Java 3.4 `selectBestPatterns`: similar module sizes, closest to a right isosceles triangle. */
proto.selectBestPatterns = function (this: Finder): FinderPattern[] {
  const centers = [...this.possibleCenters].sort(
    (a, b) => a.getEstimatedModuleSize() - b.getEstimatedModuleSize(),
  );
  let best: FinderPattern[] | null = null;
  let bestDistortion = Infinity;
  for (let i = 0; i < centers.length - 2; i++) {
    const fi = centers[i]!;
    for (let j = i + 1; j < centers.length - 1; j++) {
      const fj = centers[j]!;
      const ij = squaredDistance(fi, fj);
      for (let k = j + 1; k < centers.length; k++) {
        const fk = centers[k]!;
        if (fk.getEstimatedModuleSize() > fi.getEstimatedModuleSize() * 1.4) continue;
        const [a, b, c] = [ij, squaredDistance(fj, fk), squaredDistance(fi, fk)].sort(
          (x, y) => x - y,
        ) as [number, number, number];
        const distortion = Math.abs(c - 2 * b) + Math.abs(c - 2 * a);
        if (distortion < bestDistortion) {
          bestDistortion = distortion;
          best = [fi, fj, fk];
        }
      }
    }
  }
  if (!best) throw new NotFoundException();
  return best;
};
