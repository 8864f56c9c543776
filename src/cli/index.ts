#!/usr/bin/env node
import { sizeThreadPool } from '../layers/threadpool.js';
import { main } from './main.js';

sizeThreadPool();
process.exitCode = await main(process.argv.slice(2));
