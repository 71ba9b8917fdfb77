export { type DayInput, toDay, today } from './day.ts';
export {
  createParamService,
  type Parameter,
  type ParamGetter,
  type ParamService,
  type SetParameterInput,
} from './params.service.ts';
