import { sizeThreadPool } from './layers/threadpool.js';
import { run } from './main.js';

sizeThreadPool();
await run();
