// Loaded with `node --import tsx --import ./register.mjs`: resolves 'electron' to the stand-in.
import { register } from 'node:module'

register('./resolve-electron.mjs', import.meta.url)
