import { describe, expect, it } from 'vitest';
import type { SheetChange } from '../../../db/sheets.repository';
import { SheetWriteQueue, type WriteOutcome } from './sheet-write-queue';

/** A queue over a fake store whose writes finish when the test says so. */
function harness(refuse: (change: SheetChange) => boolean = () => false) {
  const written: SheetChange[] = [];
  const waiting: (() => void)[] = [];
  const problems: WriteOutcome[] = [];
  let idle = 0;
  const queue = new SheetWriteQueue(
    (change) =>
      new Promise<WriteOutcome>((resolve) => {
        waiting.push(() => {
          written.push(change);
          resolve(
            refuse(change)
              ? { ok: false, issues: [{ key: 'session.flow.sealed', path: [], params: {} }] }
              : { ok: true },
          );
        });
      }),
    { onProblem: (outcome) => problems.push(outcome), onIdle: () => (idle += 1) },
  );
  const finishOne = async () => {
    waiting.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { queue, written, problems, finishOne, idleCount: () => idle };
}

describe('the autosave queue of a sheet', () => {
  it('writes every change in the order it was made, one at a time', async () => {
    const { queue, written, finishOne, idleCount } = harness();
    queue.push({ type: 'choose', criterionId: 'A-1.1', choice: 2 });
    queue.push({ type: 'choose', criterionId: 'A-1.2', choice: null });
    queue.push({ type: 'clear', criterionId: 'A-1.1' });
    expect(queue.busy).toBe(true);
    for (let i = 0; i < 3; i += 1) await finishOne();
    await queue.idle();
    expect(written).toEqual([
      { type: 'choose', criterionId: 'A-1.1', choice: 2 },
      { type: 'choose', criterionId: 'A-1.2', choice: null },
      { type: 'clear', criterionId: 'A-1.1' },
    ]);
    expect(queue.busy).toBe(false);
    expect(idleCount()).toBe(1);
  });

  it('keeps only the newest waiting comment while an earlier write runs', async () => {
    const { queue, written, finishOne } = harness();
    queue.push({ type: 'comment', comment: 'T' });
    queue.push({ type: 'comment', comment: 'Tố' });
    queue.push({ type: 'comment', comment: 'Tốt' });
    await finishOne();
    await finishOne();
    await queue.idle();
    expect(written.map((c) => (c.type === 'comment' ? c.comment : c.type))).toEqual(['T', 'Tốt']);
  });

  it('replaces a waiting answer of the same criterion, never one of another criterion', async () => {
    const { queue, written, finishOne } = harness();
    queue.push({ type: 'choose', criterionId: 'A-1.1', choice: 0 });
    queue.push({ type: 'choose', criterionId: 'A-1.2', choice: 1 });
    queue.push({ type: 'choose', criterionId: 'A-1.2', choice: 2 });
    queue.push({ type: 'choose', criterionId: 'A-1.3', choice: 1 });
    for (let i = 0; i < 3; i += 1) await finishOne();
    await queue.idle();
    expect(written).toEqual([
      { type: 'choose', criterionId: 'A-1.1', choice: 0 },
      { type: 'choose', criterionId: 'A-1.2', choice: 2 },
      { type: 'choose', criterionId: 'A-1.3', choice: 1 },
    ]);
  });

  it('reports a refused write and goes on with the next', async () => {
    const { queue, written, problems, finishOne } = harness((c) => c.type === 'clear');
    queue.push({ type: 'clear', criterionId: 'A-1.1' });
    queue.push({ type: 'choose', criterionId: 'A-1.2', choice: 1 });
    await finishOne();
    await finishOne();
    await queue.idle();
    expect(written).toHaveLength(2);
    expect(problems).toEqual([{ ok: false, issues: [{ key: 'session.flow.sealed', path: [], params: {} }] }]);
  });

  it('reports a write that throws as a failure', async () => {
    const problems: WriteOutcome[] = [];
    const queue = new SheetWriteQueue(() => Promise.reject(new Error('disk full')), {
      onProblem: (outcome) => problems.push(outcome),
      onIdle: () => undefined,
    });
    queue.push({ type: 'comment', comment: 'x' });
    await queue.idle();
    expect(problems).toEqual([{ ok: false, error: new Error('disk full') }]);
  });
});
