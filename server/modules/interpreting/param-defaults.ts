/** The module's defaults use the platform's mechanism (written only for keys without any value). */
export { ensureParamDefaults, type ParamDefault } from '../../platform/params/index.ts';
