export { type DayInput, toDay, today } from './day.ts';
export { ensureParamDefaults, type ParamDefault } from './defaults.ts';
export {
  createParamService,
  type Parameter,
  type ParamGetter,
  type ParamService,
  type SetParameterInput,
} from './params.service.ts';
