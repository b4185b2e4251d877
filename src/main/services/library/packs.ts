import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/** `pack.json` beside a course: who wrote it and under which licence (CC BY-SA requires showing it). */
const packSchema = z.object({
  title: z.string().optional(),
  author: z.string().optional(),
  attribution: z.string().optional(),
  license: z.string().optional(),
  licenseUrl: z.string().optional(),
  source: z.string().optional()
})

export type PackInfo = z.infer<typeof packSchema>

export function readPackInfo(folder: string): PackInfo {
  let text: string
  try {
    text = readFileSync(join(folder, 'pack.json'), 'utf8')
  } catch {
    return {}
  }
  try {
    const parsed = packSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}
