/** A helper thread of `ingest` (see threads.ts): does the tasks it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { attempt, ThreadPart, type PaperFile, type Task } from './threads.ts';

const port = parentPort;
if (port === null) throw new Error('thread-worker.ts runs as a worker thread');
const part = new ThreadPart(workerData as number);
port.on('message', (task: Task) => {
  if (task.kind === 'ready') port.postMessage('ready');
  else if (task.kind === 'read') port.postMessage(JSON.stringify(part.read(task)));
  else if (task.kind === 'keep') port.postMessage(attempt(() => part.keep(task.folder)));
  else if (task.kind === 'abstracts') port.postMessage(attempt(() => part.abstracts(task.refs)));
  else port.postMessage(attempt(() => part.write(JSON.parse(task.files) as PaperFile[], task.target)));
});
