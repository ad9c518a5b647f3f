import { describe, expect, it } from 'vitest';
import { withHeapLimit } from '../../scripts/heap-limit.mjs';

const GB = 2 ** 30;

describe('the heap cap of a build', () => {
  it("is half the machine's memory, up to 16 GB", () => {
    expect(withHeapLimit('', 24 * GB)).toBe('--max-old-space-size=12288');
    expect(withHeapLimit(undefined, 8 * GB)).toBe('--max-old-space-size=4096');
    expect(withHeapLimit('', 64 * GB)).toBe('--max-old-space-size=16384');
  });

  it('keeps the options already given', () => {
    expect(withHeapLimit('--enable-source-maps', 24 * GB)).toBe('--enable-source-maps --max-old-space-size=12288');
  });

  it('leaves a cap the operator set alone, however it is spelt', () => {
    expect(withHeapLimit('--max-old-space-size=3000', 24 * GB)).toBe('--max-old-space-size=3000');
    expect(withHeapLimit('--max_old_space_size=3000', 24 * GB)).toBe('--max_old_space_size=3000');
  });
});
