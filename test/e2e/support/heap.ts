// The page's JavaScript heap after a full garbage collection, through the DevTools protocol:
// what the kiosk really keeps, not what is merely waiting to be collected.
import type { CDPSession } from '@playwright/test';

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can leave garbage that only finalizers have just freed.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
