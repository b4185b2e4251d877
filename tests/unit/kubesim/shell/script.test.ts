import { describe, expect, it } from 'vitest'
import { splitScript, isComplete } from '../../../../src/shared/kubesim/shell/script'

describe('splitScript', () => {
  it('skips blank and comment lines and keeps each command first line', () => {
    const cmds = splitScript('# setup\n\nkubectl get pods\n  # indented comment\nk get svc\n')
    expect(cmds.map((c) => c.firstLine)).toEqual(['kubectl get pods', 'k get svc'])
  })

  it('takes a heredoc body up to its delimiter', () => {
    const text = 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\nEOF\nkubectl get ns'
    const cmds = splitScript(text)
    expect(cmds).toHaveLength(2)
    expect(cmds[0].firstLine).toBe('kubectl apply -f - <<EOF')
    const doc = cmds[0].list!.items[0].first.commands[0].heredoc!
    expect(doc.body).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n')
    expect(doc.quoted).toBe(false)
    expect(cmds[1].firstLine).toBe('kubectl get ns')
  })

  it("reads <<'EOF' as quoted and <<-EOF with leading tabs stripped", () => {
    const quoted = splitScript("cat <<'EOF'\n$HOME\nEOF")[0].list!.items[0].first.commands[0].heredoc!
    expect(quoted).toMatchObject({ quoted: true, body: '$HOME\n' })
    const stripped = splitScript('cat <<-END\n\t\tkind: Pod\n\tEND')[0].list!.items[0].first.commands[0].heredoc!
    expect(stripped).toMatchObject({ stripTabs: true, body: 'kind: Pod\n' })
  })

  it('continues a line ending in a backslash, an open quote or a pipe', () => {
    expect(splitScript('kubectl get pods \\\n  -A')).toHaveLength(1)
    expect(splitScript("echo 'a\nb'")).toHaveLength(1)
    expect(splitScript('kubectl get pods |\n grep web')).toHaveLength(1)
    expect(isComplete("echo 'open")).toBe(false)
    expect(isComplete('kubectl apply -f - <<EOF\nkind: Pod')).toBe(false)
    expect(isComplete('kubectl apply -f - <<EOF\nkind: Pod\nEOF')).toBe(true)
  })

  it('reports bash syntax errors', () => {
    expect(splitScript('| grep x')[0].error).toBe("syntax error near unexpected token `|'")
    expect(splitScript('echo >')[0].error).toBe("syntax error near unexpected token `newline'")
  })
})
