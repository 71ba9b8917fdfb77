export { createPseudonymiser, type Pseudonymiser } from './pseudonym.ts';
