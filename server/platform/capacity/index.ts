export {
  ensurePools,
  lockPools,
  type PoolSpec,
  type PoolState,
  readPools,
  releaseCapacity,
  setPoolCapacity,
  type TakeResult,
  takeCapacity,
} from './capacity.ts';
export { lockPoolsBetween } from './pool-range.ts';
