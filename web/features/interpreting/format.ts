const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** Integer cents as euros the Belgian way: 5600 → "€ 56,00". */
export function formatCents(cents: number): string {
  return euro.format(cents / 100);
}
