import fs from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: ROOT })

/** The rules that broke a launch once, held by the linter: a file breaking each one fails. */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('the linter keeps main to what a packaged desktop app has', () => {
  it.each([
    ['electron/main/probe.ts', "import { chromium } from 'playwright-core'\nvoid chromium\n"],
    ['electron/core/report/probe.ts', "import { chromium } from 'playwright-core'\nvoid chromium\n"],
    ['electron/core/report/probe.ts', "import { build } from 'vite'\nvoid build\n"],
    ['shared/report/probe.ts', "import { z } from 'vitest'\nvoid z\n"],
  ])('refuses a devDependency in %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*ships only package\.json "dependencies"/),
    ])
  })

  it('lets main import electron and the dependencies, and the CLI use playwright-core', async () => {
    expect(
      await problems(
        'electron/main/probe.ts',
        "import { app } from 'electron'\nimport { z } from 'zod'\nvoid app\nvoid z\n",
      ),
    ).toEqual([])
    expect(
      await problems('electron/cli/probe.ts', "import { chromium } from 'playwright-core'\nvoid chromium\n"),
    ).toEqual([])
  })

  it('refuses core importing the CLI, and main importing the CLI', async () => {
    expect(
      await problems(
        'electron/core/report/probe.ts',
        "import { reportPdf } from '../../cli/chromium/report-pdf'\nvoid reportPdf\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: /)])
    expect(
      await problems(
        'electron/main/probe.ts',
        "import { reportPdf } from '../cli/chromium/report-pdf'\nvoid reportPdf\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: /)])
  })

  it.each(['require', '__dirname', '__filename'])(
    'refuses a top-level `const %s` in code bundled into main',
    async (name) => {
      const code = `import { createRequire } from 'node:module'\nexport const ${name} = String(createRequire(import.meta.url))\n`
      expect(await problems('electron/core/report/probe.ts', code)).toEqual([
        expect.stringMatching(/^no-restricted-syntax: main is bundled as ESM/),
      ])
    },
  )
})

/**
 * A file breaking a layer rule, written where the rule applies and linted as the tree is (config,
 * ignores and all), then removed. Named for this process, so that two runs never share one.
 */
async function problemsOnDisk(file: string, code: string): Promise<string[]> {
  const parsed = path.parse(path.join(ROOT, file))
  const abs = path.join(parsed.dir, `${parsed.name}-${process.pid}${parsed.ext}`)
  fs.writeFileSync(abs, code)
  try {
    const [result] = await eslint.lintFiles([abs])
    return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
  } finally {
    fs.rmSync(abs, { force: true })
  }
}

describe('the linter keeps the layers apart', () => {
  it.each([
    [
      'a handler importing a repository',
      'electron/core/handlers/lint-probe.ts',
      "import type { SearchHit } from '../repositories/documents'\nexport type Probe = SearchHit\n",
      /^no-restricted-imports: .*A handler adapts a contract call to a core module/,
    ],
    [
      'core importing the CLI',
      'electron/core/search/lint-probe.ts',
      "import type { reportPdf } from '../../cli/chromium/report-pdf'\nexport type Probe = typeof reportPdf\n",
      /^no-restricted-imports: .*core imports only shared\/ and core/,
    ],
    [
      'main importing the renderer',
      'electron/main/lint-probe.ts',
      "import type { ApiError } from '../../renderer/api/client'\nexport type Probe = ApiError\n",
      /^no-restricted-imports: .*main imports core and shared, never the CLI or the page/,
    ],
    [
      'a feature reaching into another feature',
      'renderer/features/start/lint-probe.ts',
      "import type { UnlockDialog } from '../encryption/UnlockDialog'\nexport type Probe = typeof UnlockDialog\n",
      /^terrain\/feature-public-file: Import the encryption feature through renderer\/features\/encryption\/index\.ts/,
    ],
    [
      'a feature reaching into another from a subfolder',
      'renderer/features/coding/retrieval/lint-probe.ts',
      "import type { CollectivesPanel } from '../../collectives/CollectivesPanel'\nexport type Probe = typeof CollectivesPanel\n",
      /^terrain\/feature-public-file: Import the collectives feature/,
    ],
    [
      'the app shell reaching into a feature',
      'renderer/app/lint-probe.ts',
      "import type { CodingPage } from '../features/coding/CodingPage'\nexport type Probe = typeof CodingPage\n",
      /^terrain\/feature-public-file: Import the coding feature/,
    ],
  ])('refuses %s', async (_rule, file, code, message) => {
    expect(await problemsOnDisk(file, code)).toEqual([expect.stringMatching(message)])
  })

  it('lets a feature use another through its index.ts, and its own files directly', async () => {
    expect(
      await problemsOnDisk(
        'renderer/features/start/lint-probe.ts',
        "import type { UnlockDialog } from '../encryption'\nimport type { StartScreen } from './StartScreen'\n" +
          'export type Probe = [typeof UnlockDialog, typeof StartScreen]\n',
      ),
    ).toEqual([])
  })
})
