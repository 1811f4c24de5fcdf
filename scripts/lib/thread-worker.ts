/** A helper thread of `ingest` (see threads.ts): does the tasks it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { attempt, ThreadPart, type PaperFile, type Task } from './threads.ts';

const port = parentPort;
if (port === null) throw new Error('thread-worker.ts runs as a worker thread');
const part = new ThreadPart(workerData as number);
port.on('message', (task: Task) => {
  port.postMessage(task.kind === 'read'
    ? JSON.stringify(part.read(task))
    : attempt(() => part.write(JSON.parse(task.files) as PaperFile[], task.target)));
});
