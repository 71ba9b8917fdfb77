export {
  ensurePools,
  lockPools,
  lockPoolsBetween,
  type PoolSpec,
  type PoolState,
  readPools,
  releaseCapacity,
  setPoolCapacity,
  type TakeResult,
  takeCapacity,
} from './capacity.ts';
