import {parentPort, workerData} from 'node:worker_threads';
import {runRefresh, type RefreshContext} from './refresh-cli.js';

// The refresh key's refresh on a thread of its own: loading the importer and importing articles are work
// the dashboard's thread would otherwise do between keys. Progress and the outcome go back as messages.

export type RefreshWorkerMessage = {type: 'progress'; done: number; total: number; newItems: number} | {type: 'done'; outcome: Awaited<ReturnType<typeof runRefresh>>};

const context = (workerData as {context: Omit<RefreshContext, 'progress'>}).context;
const post = (message: RefreshWorkerMessage) => parentPort?.postMessage(message);
const outcome = await runRefresh({...context, progress: (done, total, newItems) => post({type: 'progress', done, total, newItems})});
post({type: 'done', outcome});
