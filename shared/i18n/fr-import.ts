import type { enImport } from './en-import'

/** French messages of the coded-excerpt import (CLI and UI). */
export const frImport: Record<keyof typeof enImport, string> = {}
