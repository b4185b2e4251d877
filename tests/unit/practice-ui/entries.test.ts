import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCheatsheet } from '@shared/practice'
import { filterWords, matchesAll, sectionEntries, splitCommands } from '../../../src/renderer/src/cheatsheets/entries'
import { splitCheatsheet } from '../../../src/main/services/practice/cheatsheet-sections'
import { repoRoot } from '../main/helpers'

describe('splitting a shell block into commands', () => {
  it('gives one command per line', () => {
    expect(splitCommands('kubectl drain <noeud> --ignore-daemonsets\nkubectl uncordon <noeud>\n')).toEqual([
      'kubectl drain <noeud> --ignore-daemonsets',
      'kubectl uncordon <noeud>'
    ])
  })

  it('keeps a heredoc, a quoted multi-line argument and a continued line whole', () => {
    const heredoc = "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: ConfigMap\nEOF"
    const patch = "kubectl patch deployment web -p '\nspec:\n  replicas: 2\n'"
    const continued = 'kubectl create deployment web \\\n  --image=nginx'
    expect(splitCommands(`${heredoc}\n${patch}\n${continued}\nkubectl get pods\n`)).toEqual([heredoc, patch, continued, 'kubectl get pods'])
  })

  it('keeps a comment with the command after it and ignores quotes inside comments', () => {
    expect(splitCommands("# l'ancien\nkubectl get pods\nkubectl get svc # c'est tout\n")).toEqual([
      "# l'ancien\nkubectl get pods",
      "kubectl get svc # c'est tout"
    ])
  })
})

describe('cheatsheet entries', () => {
  it('pairs each block with the text before it, one entry per command', () => {
    const entries = sectionEntries('Les nœuds :\n\n```bash\nkubectl cordon <noeud>\nkubectl uncordon <noeud>\n```\n\nFin.')
    expect(entries.map((e) => e.markdown)).toEqual([
      'Les nœuds :\n\n```bash\nkubectl cordon <noeud>\n```',
      '```bash\nkubectl uncordon <noeud>\n```',
      'Fin.'
    ])
    expect(entries[0].text).toContain('Les nœuds')
    expect(entries[1].text).toBe('kubectl uncordon <noeud>')
    expect(entries.map((e) => e.code)).toEqual(['kubectl cordon <noeud>', 'kubectl uncordon <noeud>', undefined])
  })

  it('keeps every command of every shipped sheet, once, in order', () => {
    const dir = join(repoRoot, 'content', 'cheatsheets')
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(join(dir, name), 'utf8')
      const expected = readCheatsheet(text).blocks.flatMap((b) =>
        b.lang === 'bash' ? splitCommands(b.code) : [b.code]
      )
      const sheet = splitCheatsheet(name, text)
      const found = sheet.sections.flatMap((s) => sectionEntries(s.markdown).flatMap((e) => (e.code === undefined ? [] : [e.code])))
      expect(found, name).toEqual(expected)
      for (const block of readCheatsheet(text).blocks.filter((b) => b.lang === 'bash')) {
        expect(splitCommands(block.code).join('\n'), `${name}:${block.line} loses nothing`).toBe(block.code.replace(/\n$/, ''))
      }
    }
  })

  it('matches filter words at word starts, accent- and case-blind', () => {
    const words = filterWords('  Deploie  rollout ')
    expect(words).toEqual(['Deploie', 'rollout'])
    expect(matchesAll('kubectl rollout undo déploiement/web', words)).toBe(true)
    expect(matchesAll('kubectl rollout undo', words)).toBe(false)
    expect(matchesAll('kubectl get pods -o yaml', filterWords('-o yaml'))).toBe(true)
    expect(matchesAll('kubectl get pods', filterWords('ods'))).toBe(false)
  })
})
