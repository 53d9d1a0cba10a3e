/** Which code the `terrain` launcher runs (cli-launch.mjs). */
export function cliToRun(root: string): 'built' | 'source'
