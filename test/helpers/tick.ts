/** Waits until the clock has moved on: a change after this is later than anything before. */
export function tick(): void {
  const at = Date.now()
  while (Date.now() === at);
}
