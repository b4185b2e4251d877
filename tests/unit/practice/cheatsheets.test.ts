// Every command of the cheatsheets is accepted by the simulator, and every YAML
// skeleton applies cleanly on a fresh cluster.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillPlaceholders, placeholders, readCheatsheet } from '@shared/practice'
import { placeholderValues, setupFor, workspaceFiles } from './cheatsheet-fixtures'
import { freshSession, play } from './sim'

const dir = resolve(__dirname, '../../../content/cheatsheets')
const sheets = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, sheet: readCheatsheet(readFileSync(join(dir, name), 'utf8')) }))

const blocks = sheets.flatMap(({ name, sheet }) =>
  sheet.blocks.map((block) => ({ ...block, where: `${name}:${block.line} (${block.section})` }))
)

/** `kubectl edit` opens this instead of an editor: the learner bumps the replica count and saves. */
const editor = async (_path: string, content: string) => content.replace(/replicas: 2\b/, 'replicas: 3')

describe('cheatsheets', () => {
  it('are titled and hold bash and yaml blocks only', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(10)
    for (const { name, sheet } of sheets) {
      expect(sheet.title, name).not.toBe('')
      for (const block of sheet.blocks) expect(['bash', 'yaml'], `${name}:${block.line}`).toContain(block.lang)
    }
  })

  it('only use placeholders the tests know how to fill', () => {
    const unknown = blocks.flatMap((b) => placeholders(b.code).filter((p) => !(p in placeholderValues)).map((p) => `${b.where}: <${p}>`))
    expect(unknown).toEqual([])
  })

  it('show a YAML skeleton for every kind the course covers', () => {
    const kinds = new Set(blocks.filter((b) => b.lang === 'yaml').flatMap((b) => [...b.code.matchAll(/^kind: (\w+)/gm)].map((m) => m[1])))
    for (const kind of [
      'Pod', 'Deployment', 'ReplicaSet', 'Service', 'Ingress', 'ConfigMap', 'Secret', 'PersistentVolume',
      'PersistentVolumeClaim', 'StorageClass', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'Namespace',
      'ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding', 'NetworkPolicy',
      'ResourceQuota', 'LimitRange', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'
    ]) {
      expect(kinds, kind).toContain(kind)
    }
    const services = blocks.filter((b) => b.lang === 'yaml').map((b) => /^\s+type: (ClusterIP|NodePort|LoadBalancer|ExternalName)\b/m.exec(b.code)?.[1])
    expect(new Set(services)).toEqual(new Set([undefined, 'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']))
  })
})

describe.each(blocks.filter((b) => b.lang === 'bash').map((b) => [b.where, b] as const))('bash %s', (_where, block) => {
  it('every command is accepted', async () => {
    const session = freshSession(workspaceFiles, editor)
    const setup = await play(session, setupFor(block.code, placeholders(block.code)))
    expect(setup.failures, setup.transcript).toEqual([])
    const played = await play(session, fillPlaceholders(block.code, placeholderValues))
    // `kubectl auth can-i` answers "no" with exit code 1, as the real one does: an answer, not a rejection.
    const rejected = played.failures.filter((f) => !(/^kubectl auth can-i\b/.test(f.command) && /^no\n/.test(f.output)))
    expect(rejected, played.transcript).toEqual([])
  })
})

describe.each(blocks.filter((b) => b.lang === 'yaml').map((b) => [b.where, b] as const))('yaml %s', (_where, block) => {
  it('applies cleanly on a fresh cluster', async () => {
    const session = freshSession()
    const played = await play(session, `kubectl apply -f - <<'EOF'\n${block.code}EOF\n`)
    expect(played.failures, played.transcript).toEqual([])
    const documents = block.code.split(/^---$/m).length
    expect(played.transcript.match(/ created$/gm) ?? [], played.transcript).toHaveLength(documents)
  })
})
