import type { LangTexts } from '../types.ts';
import { am } from './am.ts';
import { ar } from './ar.ts';
import { bg } from './bg.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fa } from './fa.ts';
import { fr } from './fr.ts';
import { pl } from './pl.ts';
import { prs } from './prs.ts';
import { ps } from './ps.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sk } from './sk.ts';
import { so } from './so.ts';
import { ti } from './ti.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

/** The translations of the demo library by language code (lower-case primary tag, as the contract wants). */
export const LANGUAGES: Record<string, LangTexts> = {
  am,
  ar,
  bg,
  en,
  es,
  fa,
  fr,
  pl,
  prs,
  ps,
  ro,
  ru,
  sk,
  so,
  ti,
  tr,
  uk,
};
