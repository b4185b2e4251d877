import { describe, expect, it } from 'vitest'
import { FlagError, parseFlags, type FlagSpec } from '../../../../src/shared/kubesim/kubectl/flags'

const specs: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'replicas', short: 'r', type: 'int', default: 1 },
  { name: 'image', type: 'stringSlice' },
  { name: 'from-literal', type: 'stringArray' },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged' }
]

describe('pflag syntax', () => {
  it('reads flags anywhere, in every spelling', () => {
    const p = parseFlags(['get', '-nkube-system', 'pods', '-o=wide', '--replicas', '3', '-it'], specs)
    expect(p.args).toEqual(['get', 'pods'])
    expect(p.values.get('namespace')).toBe('kube-system')
    expect(p.values.get('output')).toBe('wide')
    expect(p.values.get('replicas')).toBe(3)
    expect(p.values.get('stdin')).toBe(true)
    expect(p.values.get('tty')).toBe(true)
  })

  it('accumulates slices and arrays, and splits slices on commas', () => {
    const p = parseFlags(['--image=nginx,redis', '--image', 'busybox', '--from-literal=a=1,2', '--from-literal=b=3'], specs)
    expect(p.values.get('image')).toEqual(['nginx', 'redis', 'busybox'])
    expect(p.values.get('from-literal')).toEqual(['a=1,2', 'b=3'])
  })

  it('keeps what follows -- as arguments', () => {
    const p = parseFlags(['web', '--image=busybox', '--', 'sh', '-c', 'sleep 3600'], specs)
    expect(p.args).toEqual(['web', 'sh', '-c', 'sleep 3600'])
    expect(p.argsLenAtDash).toBe(1)
  })

  it('uses the no-value default of --dry-run', () => {
    expect(parseFlags(['--dry-run'], specs).values.get('dry-run')).toBe('unchanged')
    expect(parseFlags(['--dry-run=client'], specs).values.get('dry-run')).toBe('client')
  })

  it("reports errors in pflag's words", () => {
    expect(() => parseFlags(['--bogus'], specs)).toThrow(new FlagError('unknown flag: --bogus'))
    expect(() => parseFlags(['-z'], specs)).toThrow(new FlagError("unknown shorthand flag: 'z' in -z"))
    expect(() => parseFlags(['-n'], specs)).toThrow(new FlagError("flag needs an argument: 'n' in -n"))
    expect(() => parseFlags(['--namespace'], specs)).toThrow(new FlagError('flag needs an argument: --namespace'))
    expect(() => parseFlags(['--replicas=x'], specs)).toThrow(
      new FlagError('invalid argument "x" for "-r, --replicas" flag: strconv.ParseInt: parsing "x": invalid syntax')
    )
  })
})
