import path from 'node:path'

// A feature folder of the UI (renderer/features/<x>/) is used from outside only through its
// index.ts: what it lets others use is one file to read, and its other files can change freely.
// A path rule, not a pattern of no-restricted-imports: the same import string means another folder
// from a file one level deeper.
const FEATURES = path.resolve(import.meta.dirname, '../../renderer/features')

/** The feature a path is in, and the path inside it; null outside renderer/features. */
function inFeature(file) {
  const rel = path.relative(FEATURES, file)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null
  const [feature, ...rest] = rel.split(path.sep)
  return { feature, rest }
}

const isPublic = (rest) => rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0]))

export const featurePublicFile = {
  meta: {
    type: 'problem',
    messages: {
      reachesIn:
        "Import the {{feature}} feature through renderer/features/{{feature}}/index.ts ('…/{{feature}}'), not one of its own files.",
    },
    schema: [],
  },
  create(context) {
    const own = inFeature(context.filename)?.feature
    const check = (node) => {
      const spec = node.source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const target = inFeature(path.resolve(path.dirname(context.filename), spec))
      if (!target || target.feature === own || isPublic(target.rest)) return
      context.report({ node: node.source, messageId: 'reachesIn', data: { feature: target.feature } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}
