/**
 * Overall B1 estimate. No formula maps a Dutch text to CEFR B1; this combines the published rules of
 * thumb (NOTES.md §4.2) into reasons a writer can act on. Each reason is a failed or passed check.
 */

export type B1Reason = { code: string; ok: boolean; value: number; target: number; message: string };
export type B1Assessment = { estimate: 'B1' | 'borderline' | 'above-B1' | 'empty'; reasons: B1Reason[] };

type Totals = { sentences: number; words: number; averageSentenceLength: number; fleschDouma: number | null };
type Flags = { longSentences: number; longWords: number; passives: number };
type Targets = { targetAverageSentenceLength: number; targetFleschDouma: number; longSentenceWords: number };

const round = (n: number) => Math.round(n * 10) / 10;

export function assessB1(totals: Totals, flags: Flags, jargonHits: number, targets: Targets): B1Assessment {
  if (totals.words === 0 || totals.fleschDouma === null) return { estimate: 'empty', reasons: [] };
  const longWordShare = flags.longWords / totals.words;
  const passiveShare = flags.passives / totals.sentences;
  const reasons: B1Reason[] = [
    {
      code: 'average-sentence-length',
      ok: totals.averageSentenceLength <= targets.targetAverageSentenceLength,
      value: round(totals.averageSentenceLength),
      target: targets.targetAverageSentenceLength,
      message: `Gemiddeld ${round(totals.averageSentenceLength)} woorden per zin (doel: ${targets.targetAverageSentenceLength} of minder).`,
    },
    {
      code: 'long-sentences',
      ok: flags.longSentences === 0,
      value: flags.longSentences,
      target: 0,
      message: `${flags.longSentences} zin(nen) met meer dan ${targets.longSentenceWords} woorden.`,
    },
    {
      code: 'flesch-douma',
      ok: totals.fleschDouma >= targets.targetFleschDouma,
      value: round(totals.fleschDouma),
      target: targets.targetFleschDouma,
      message: `Flesch-Douma ${round(totals.fleschDouma)} (doel: ${targets.targetFleschDouma} of hoger).`,
    },
    {
      // 10 % is our own cut-off: B1 guides give no share, only "avoid long words".
      code: 'long-words',
      ok: longWordShare <= 0.1,
      value: round(longWordShare * 100),
      target: 10,
      message: `${round(longWordShare * 100)} % lange woorden (doel: 10 % of minder).`,
    },
    {
      // One passive in five sentences is tolerated; Direct Duidelijk says "write actively", no number.
      code: 'passive',
      ok: passiveShare <= 0.2,
      value: flags.passives,
      target: Math.floor(totals.sentences * 0.2),
      message: `${flags.passives} lijdende vorm(en) gevonden.`,
    },
    {
      code: 'formal-words',
      ok: jargonHits === 0,
      value: jargonHits,
      target: 0,
      message: `${jargonHits} formele of ambtelijke woorden.`,
    },
  ];
  const failed = reasons.filter((r) => !r.ok).length;
  const estimate = failed === 0 ? 'B1' : failed <= 2 ? 'borderline' : 'above-B1';
  return { estimate, reasons };
}
