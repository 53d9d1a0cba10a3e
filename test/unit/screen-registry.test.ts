import { describe, expect, it } from 'vitest'
import { DIALOGS, dialogComponentsInSource } from '../e2e/walk/registry'

describe('the registry of screens and dialogs the browser walks visit', () => {
  it('holds every dialog the interface can open, so that none escapes the layout, language and accessibility walks', () => {
    expect(DIALOGS.map((d) => d.component).sort()).toEqual(dialogComponentsInSource())
  })
})
