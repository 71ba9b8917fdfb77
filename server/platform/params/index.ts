export { type DayInput, toDay, today } from './day.ts';
export { ensureParamDefaults, type ParamDefault } from './defaults.ts';
export {
  onParamChange,
  type ParamChange,
  type ParamChangeHook,
  type ParamLister,
} from './param-hooks.ts';
export {
  createParamService,
  type Parameter,
  type ParamGetter,
  type ParamService,
  type SetParameterInput,
} from './params.service.ts';
