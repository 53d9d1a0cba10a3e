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
