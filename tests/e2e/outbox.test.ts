// The outbox's rate windows and retries on a fake clock: the same suite as the real-clock run in
// tests/slow/, without its 95 s of waiting for Teams' windows to pass.
import { FakeClock } from '../harness/fake-clock';
import { describeOutboxSuite } from './outbox.suite';

describeOutboxSuite('fake clock', () => new FakeClock());
