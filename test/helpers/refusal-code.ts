/** 'accepted' when the call goes through, else the code of the error it was refused with. */
export function refusalCode(run: () => unknown): string | undefined {
  try {
    run()
    return 'accepted'
  } catch (err) {
    return (err as { code?: string }).code
  }
}
