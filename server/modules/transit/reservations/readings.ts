import { AppError } from '../../../platform/http/app-error.ts';

type Reading = { pitchId: string; kwh: number };

/**
 * The readings of a step, checked against the party's pitches: one per pitch when `complete`,
 * none for a pitch the party does not have, and an end never below the start.
 */
export function checkReadings(
  pitches: readonly { id: string; number: number }[],
  readings: readonly Reading[],
  options: { complete: boolean; starts?: ReadonlyMap<string, number> },
): Reading[] {
  const byPitch = new Map(readings.map((r) => [r.pitchId, r.kwh]));
  const numbers = new Map(pitches.map((p) => [p.id, p.number]));
  const stranger = readings.find((r) => !numbers.has(r.pitchId));
  if (stranger)
    throw new AppError(
      'TRANSIT.METER_READINGS',
      'Een meterstand hoort bij een standplaats die deze familie niet heeft.',
    );
  if (options.complete) {
    const missing = pitches.filter((p) => !byPitch.has(p.id)).map((p) => p.number);
    if (missing.length)
      throw new AppError(
        'TRANSIT.METER_READINGS',
        `Geen meterstand voor standplaats ${missing.join(', ')}; noteer de stand van elke standplaats.`,
      );
  }
  for (const [pitchId, kwh] of byPitch) {
    const start = options.starts?.get(pitchId);
    if (start !== undefined && kwh < start) {
      throw new AppError(
        'TRANSIT.METER_READINGS',
        `Standplaats ${numbers.get(pitchId)}: ${kwh} kWh is lager dan de ${start} kWh bij het inchecken.`,
      );
    }
  }
  return [...byPitch].map(([pitchId, kwh]) => ({ pitchId, kwh }));
}
