export { AppError, isAppError } from './app-error.ts';
export { problemFor, sendProblem, toProblem } from './problem.ts';
