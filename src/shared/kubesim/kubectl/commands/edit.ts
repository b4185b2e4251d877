import { ApiException, type KubeObject } from '../../engine/contract'
import type { Ctx } from '../context'
import { CmdError, RawError } from '../errors'
import { flagString } from '../flags'
import { parseManifestText } from '../manifests'
import { toKubectlJson } from '../output/generic'
import { toKubectlYaml } from '../output/goyaml'
import { OBJECT_OUTPUT_FLAGS, outputFormat, stripManagedFields } from '../print'
import { groupResource } from '../resources'
import { selectTargets, type Target } from '../targets'
import { deepEqual, threeWayPatch } from './apply/merge'
import { printChanged, type Format } from './mutate-print'
import { FIELD_MANAGER, FILENAME_FLAGS, VALIDATE_FLAG } from './shared-flags'
import type { CommandSpec } from './types'

// kubectl edit (pkg/cmd/edit/edit.go, pkg/cmd/util/editor/editoptions.go): the
// objects go to the editor with the explanatory header; what comes back is patched
// onto the live objects. An invalid change reopens the editor with the reasons at
// the top; giving up keeps a copy of the file, so `kubectl replace --force -f` can
// use it, as on a real control plane.

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`

interface Reason {
  head: string
  other: string[]
}

const hashOnLineBreak = (s: string): string => s.split('\n').join('\n# ')

function header(reasons: Reason[]): string {
  let out = HEADER
  for (const r of reasons) {
    out += r.other.length ? `# ${hashOnLineBreak(r.head)}:\n` : `# ${hashOnLineBreak(r.head)}\n`
    for (const o of r.other) out += `# * ${hashOnLineBreak(o)}\n`
    out += '#\n'
  }
  return out
}

/** cmdutil.StripComments: drops the lines starting with `#`. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n')
}

function resourceString(t: Target): string {
  return groupResource(t.resource)
}

async function runEdit(ctx: Ctx): Promise<void> {
  const output = flagString(ctx.flags, 'output')
  const outputJson = output === 'json'
  // -o chooses the editor's format; what was edited is then named, as kubectl does
  const format: Format = output === 'json' || output === 'yaml' ? { type: 'table', wide: false } : await outputFormat(ctx, false)
  const { targets, errors } = await selectTargets(ctx, { all: false })
  if (errors.length) throw new RawError(errors.join('\n'))
  if (!targets.length) throw new CmdError('edit cancelled, no objects found')
  if (!ctx.editor) {
    throw new CmdError('there is no text editor in the headless simulator: change the object with kubectl patch, kubectl set, kubectl scale, or kubectl apply -f')
  }
  const shown = targets.map((t) => stripManagedFields(ctx, t.object))
  const original: unknown = shown.length === 1 ? shown[0] : { apiVersion: 'v1', items: shown, kind: 'List', metadata: {} }
  const serialise = (v: unknown): string => (outputJson ? toKubectlJson(v) : toKubectlYaml(v))
  const path = `/tmp/kubectl-edit-${String(ctx.now()).slice(-9).padStart(9, '0')}${outputJson ? '.json' : '.yaml'}`
  const originalText = serialise(original)
  let reasons: Reason[] = []
  let containsError = false
  let edited = ''
  for (let round = 0; round < 20; round++) {
    const body = containsError ? stripComments(edited) : originalText
    const previous = edited
    edited = (await ctx.editor(path, header(reasons) + body)) ?? header(reasons) + body
    const keepCopy = async (): Promise<void> => {
      await ctx.files.writeFile(path, edited)
      ctx.err(`A copy of your changes has been stored to "${path}"\n`)
    }
    if (containsError && stripComments(previous) === stripComments(edited)) {
      await keepCopy()
      throw new CmdError('Edit cancelled, no valid changes were saved.')
    }
    if (stripComments(originalText) === stripComments(edited)) {
      ctx.err('Edit cancelled, no changes made.\n')
      return
    }
    if (!stripComments(edited).trim()) {
      ctx.err('Edit cancelled, saved file was empty.\n')
      return
    }
    let objects: Record<string, unknown>[]
    try {
      objects = parseManifestText(stripComments(edited), path)
    } catch (e) {
      containsError = true
      reasons = [{ head: `The edited file had a syntax error: ${e instanceof Error ? e.message.replace(/^error parsing [^:]*: /, '') : String(e)}`, other: [] }]
      continue
    }
    reasons = []
    containsError = false
    let retry = false
    for (const updated of objects) {
      const meta = (updated.metadata ?? {}) as Record<string, unknown>
      const t = targets.find((x) => x.name === meta.name && x.object.kind === updated.kind && x.object.apiVersion === updated.apiVersion)
      if (!t) {
        await keepCopy()
        throw new CmdError('At least one of apiVersion, kind and name was changed')
      }
      const before = stripManagedFields(ctx, t.object)
      const patch = threeWayPatch(before, updated, before as Record<string, unknown>)
      if (!Object.keys(patch).length || deepEqual(before, updated)) {
        printChanged(ctx, format, t.resource, t.object, 'skipped', 'none')
        continue
      }
      try {
        const result = ctx.cluster.patch(t.resource, t.namespace, t.name, patch, 'merge', { user: ctx.user, fieldManager: flagString(ctx.flags, 'field-manager') })
        printChanged(ctx, format, t.resource, result as KubeObject, 'edited', 'none')
      } catch (e) {
        if (!(e instanceof ApiException)) throw e
        if (e.status.reason === 'Invalid') {
          ctx.err(`error: ${resourceString(t)} "${t.name}" is invalid\n`)
          reasons.push({ head: `${resourceString(t)} "${t.name}" was not valid`, other: (e.status.details?.causes ?? []).map((c) => `${c.field ?? ''}: ${c.message}`) })
          retry = true
        } else if (e.status.reason === 'NotFound') {
          ctx.err(`error: ${resourceString(t)} "${t.name}" could not be found on the server\n`)
          await ctx.files.writeFile(path, edited)
          ctx.err(`The edits you made on deleted resources have been saved to "${path}"\n`)
          throw new RawError('', 1)
        } else {
          ctx.err(`error: ${resourceString(t)} "${t.name}" could not be patched: ${e.status.message}\n`)
          await ctx.files.writeFile(path, edited)
          ctx.err(`You can run \`kubectl replace -f ${path}\` to try this update again.\n`)
          throw new RawError('', 1)
        }
      }
    }
    if (!retry) return
    containsError = true
  }
  throw new CmdError('Edit cancelled, no valid changes were saved.')
}

export const editCommand: CommandSpec = {
  name: 'edit',
  group: 'Basic Commands (Intermediate)',
  short: 'Edit a resource on the server',
  long: `Edit a resource from the default editor.

 The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.

 You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.`,
  examples: `  # Edit the service named 'registry'
  kubectl edit svc/registry
  
  # Use an alternative editor
  KUBE_EDITOR="nano" kubectl edit svc/registry
  
  # Edit the job 'myjob' in JSON using the v1 API format
  kubectl edit job.v1.batch/myjob -o json
  
  # Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation
  kubectl edit deployment/mydeployment -o yaml --save-config
  
  # Edit the 'status' subresource for the 'mydeployment' deployment
  kubectl edit deployment mydeployment --subresource='status'`,
  usage: 'edit (RESOURCE/NAME | -f FILENAME)',
  flags: [
    ...OBJECT_OUTPUT_FLAGS,
    ...FILENAME_FLAGS('to use to edit the resource'),
    VALIDATE_FLAG,
    FIELD_MANAGER('kubectl-edit'),
    { name: 'output-patch', type: 'bool', usage: 'Output the patch if the resource is edited.' },
    { name: 'windows-line-endings', type: 'bool', usage: 'Defaults to the line ending native to your platform.' },
    { name: 'save-config', type: 'bool', usage: 'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.' },
    { name: 'subresource', type: 'string', usage: 'If specified, edit will operate on the subresource of the requested object. Must be one of [status]. This flag is beta and may change in the future.' }
  ],
  run: runEdit
}
