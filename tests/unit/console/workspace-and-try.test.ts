import { describe, expect, it } from 'vitest'
import { isManifest, manifestFileName, promptFor } from '../../../src/renderer/src/console/try-command'
import { Workspace, absolutePath, workspaceKey } from '../../../src/renderer/src/console/workspace'

describe('the workspace as the shell sees it', () => {
  it('resolves paths against /root and keeps home files by their relative name', () => {
    expect(absolutePath('web.yaml')).toBe('/root/web.yaml')
    expect(absolutePath('./k8s/../web.yaml')).toBe('/root/web.yaml')
    expect(absolutePath('~/web.yaml')).toBe('/root/web.yaml')
    expect(workspaceKey('/root/k8s/db.yaml')).toBe('k8s/db.yaml')
    expect(workspaceKey('/tmp/x.yaml')).toBe('/tmp/x.yaml')
    expect(workspaceKey('../root/a')).toBe('a')
  })

  it('reads, lists folders, refuses to write over a folder, and tells the store what was written', () => {
    const written: string[] = []
    const ws = new Workspace([{ path: 'k8s/db.yaml', content: 'db' }], { written: (p) => written.push(p) })
    ws.writeFile('./web.yaml', 'web')
    ws.writeFile('/tmp/out.txt', 'x')
    expect(written).toEqual(['web.yaml', '/tmp/out.txt'])
    expect(ws.readFile('/root/web.yaml')).toBe('web')
    expect(ws.listDir('.')).toEqual(['k8s', 'web.yaml'])
    expect(ws.listDir('k8s')).toEqual(['db.yaml'])
    expect(ws.listDir('/tmp')).toEqual(['out.txt'])
    expect(ws.listDir('web.yaml')).toBeUndefined()
    expect(ws.listDir('/')).toEqual(['root', 'tmp'])
    expect(() => ws.writeFile('k8s', 'x')).toThrow('Is a directory')
    expect(ws.freeName('web.yaml')).toBe('web-2.yaml')
    expect(ws.freeName('k8s')).toBe('k8s-2')
  })
})

describe('"Essayer dans la console"', () => {
  it('selects the first placeholder of a command', () => {
    expect(promptFor('kubectl logs <pod> -c <conteneur>\n')).toEqual({ text: 'kubectl logs <pod> -c <conteneur>', selection: { start: 13, end: 18 } })
    expect(promptFor('kubectl get nodes')).toEqual({ text: 'kubectl get nodes' })
  })

  it('tells manifests from commands and names their file after kind and name', () => {
    const yaml = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec: {}\n'
    expect(isManifest(yaml, 'yaml')).toBe(true)
    expect(isManifest(yaml)).toBe(true)
    expect(isManifest('kubectl apply -f - <<EOF\nkind: Pod\nEOF', 'bash')).toBe(false)
    expect(isManifest('kubectl get pods')).toBe(false)
    expect(manifestFileName(yaml)).toBe('deployment-web.yaml')
    expect(manifestFileName('---\napiVersion: v1\nkind: Service\nmetadata:\n  name: <nom>\n')).toBe('service.yaml')
    expect(manifestFileName('kind: [broken')).toBe('manifest.yaml')
  })
})
