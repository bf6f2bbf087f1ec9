/** The action's entry: only calls run(). */
import { run } from './action.js';

void run();
