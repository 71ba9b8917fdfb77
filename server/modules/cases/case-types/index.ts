import type { CaseType } from '../../../../contracts/case-types.ts';
import type { CaseTypeDefinition } from './definition.ts';
import { diplomaRecognition } from './diploma-recognition.ts';
import { educationQuestion } from './education-question.ts';
import { guidance } from './guidance.ts';
import { higherEducation } from './higher-education.ts';
import { scholarship } from './scholarship.ts';

/** Every case type, defined in code: fields (contracts), status machine, deadlines, retention. */
export const CASE_DEFINITIONS: Readonly<Record<CaseType, CaseTypeDefinition>> = {
  guidance,
  education_question: educationQuestion,
  higher_education: higherEducation,
  diploma_recognition: diplomaRecognition,
  scholarship,
};

export * from './definition.ts';
export { decisionDueOn, documentsDueOn } from './diploma-recognition.ts';
export { compulsorySchooling } from './education-question.ts';
