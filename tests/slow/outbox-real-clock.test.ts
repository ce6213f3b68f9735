// The outbox suite on the real clock (`npm run test:slow`): what the fake clock in npm test
// stands in for, measured against real timers, sockets and Teams' rate windows (about 95 s).
import { describeOutboxSuite } from '../e2e/outbox.suite';
import { realTime } from '../harness/test-time';

describeOutboxSuite('real clock', () => realTime);
