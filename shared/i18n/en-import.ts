/** English messages of the coded-excerpt import (CLI and UI). */
export const enImport = {} as const
