// Test-only preload (node --import): on exit, writes the process's peak resident set size, in
// bytes, to the file TERRAIN_PEAK_RSS_FILE names, so that a test can hold the CLI to a memory budget
// without the product carrying a hook. Linux reports maxRSS in kilobytes.
import fs from 'node:fs'

process.on('exit', () => {
  const file = process.env.TERRAIN_PEAK_RSS_FILE
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024))
})
