import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as realSleep } from 'node:timers/promises';
import { FakeClock } from '../harness/fake-clock';
import { startConnectorDouble } from '../harness/connector-double';

describe('FakeClock (the outbox tests rely on it)', () => {
  it('fires timers only when time is moved on to them, each at its own time, in order', async () => {
    const time = new FakeClock(0);
    const fired: [string, number][] = [];
    void time.timers.sleep(300).then(() => fired.push(['sleep 300', time.now()]));
    time.timers.after(100, () => fired.push(['after 100', time.now()]));
    void time.timers.sleep(100).then(() => fired.push(['sleep 100', time.now()]));
    await realSleep(20);
    assert.deepEqual(fired, [], 'real time passing moves nothing');
    await time.pass(250);
    assert.deepEqual(fired, [['after 100', 100], ['sleep 100', 100]]);
    assert.equal(time.now(), 250);
    await time.pass(50);
    assert.deepEqual(fired.at(-1), ['sleep 300', 300]);
    assert.equal(time.clock().getTime(), 300);
  });

  it('forgets a cancelled timer, so time never jumps to it', async () => {
    const time = new FakeClock(0);
    let fired = false;
    const cancel = time.timers.after(30_000, () => (fired = true));
    cancel();
    assert.equal(time.pendingTimers, 0);
    await time.run(time.timers.sleep(10));
    assert.equal(time.now(), 10);
    assert.equal(fired, false);
  });

  it('runs work to its end, moving time exactly as far as the work waits', async () => {
    const time = new FakeClock(1_000);
    const started = performance.now();
    const result = await time.run(
      (async () => {
        await time.timers.sleep(30_000);
        await time.timers.sleep(1_500);
        return time.now();
      })(),
    );
    assert.equal(result, 32_500);
    assert.ok(performance.now() - started < 1_000, '31.5 s of fake time take no real time to speak of');
  });

  it('stands still while tracked work is in progress, and moves on after it', async () => {
    const time = new FakeClock(0);
    const woke: number[] = [];
    void time.timers.sleep(5).then(() => woke.push(time.now()));
    const seen = await time.run(time.track(realSleep(30).then(() => time.now())));
    assert.equal(seen, 0, 'the 5 ms timer did not fire while the tracked work ran for 30 real ms');
    assert.deepEqual(woke, []);
    await time.pass(5);
    assert.deepEqual(woke, [5]);
  });

  it('gives up when a condition does not hold within its limit of fake time', async () => {
    const time = new FakeClock(0);
    time.timers.after(60_000, () => undefined);
    await assert.rejects(time.until(() => false, 1_000, 'never'), /never \(within 1000 ms on the fake clock\)/);
    const loop = (): void => void time.timers.after(200, loop);
    loop();
    await assert.rejects(time.until(() => false, 5_000, 'still never'), /still never/);
    assert.ok(time.now() <= 5_000);
  });

  it('passes the error of the work it runs', async () => {
    const time = new FakeClock(0);
    const failing = (async () => {
      await time.timers.sleep(100);
      throw new Error('kapot');
    })();
    await assert.rejects(time.run(failing), /kapot/);
  });

  it('drives the connector double: its stamps, rate windows and slow answers follow the same clock', async () => {
    const time = new FakeClock(5_000);
    const double = await startConnectorDouble({ time });
    try {
      double.enforceTeamsLimits(true);
      double.respondWith({ method: 'POST', path: /slow/, delayMs: 1_500 });
      const post = (conversation: string): Promise<number> =>
        time.track(fetch(`${double.url}/v3/conversations/${conversation}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' }).then((r) => r.status));
      const statuses: number[] = [];
      for (let i = 0; i < 8; i += 1) statuses.push(await time.run(post('a')));
      assert.deepEqual(statuses, [...Array(7).fill(201), 429], 'seven per second at one fake instant');
      await time.pass(1_000);
      assert.equal(await time.run(post('a')), 201, 'a fake second later the window has room');
      assert.equal(await time.run(post('slow')), 201);
      assert.deepEqual(double.calls().map((c) => c.at), [...Array(8).fill(5_000), 6_000, 6_000]);
      assert.equal(time.now(), 7_500, 'the slow answer took 1.5 s of fake time');
    } finally {
      await double.close();
    }
  });
});
