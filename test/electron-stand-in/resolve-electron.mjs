// 'electron' resolves to the stand-in; the rest of the chain (tsx) resolves and loads that file.
const standIn = new URL('./electron.ts', import.meta.url).href

export async function resolve(specifier, context, next) {
  return next(specifier === 'electron' ? standIn : specifier, context)
}
