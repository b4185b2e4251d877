// "Copier" and "Essayer dans la console" on rendered code blocks (slides, cheatsheets,
// exercise solutions). The markdown pipeline emits `<pre class="code" data-lang>` whose
// <code> text is exactly the source; the sanitiser forbids buttons in that HTML, so the
// buttons are added here, after rendering, as plain DOM with one delegated listener.
import { icons, type IconName } from '../common/icons'
import { messages } from '../i18n'
import './code-actions.css'

export interface CodeActionsOptions {
  /** "Essayer dans la console" on a block: its source and the fence's language. */
  onTry(code: string, lang: string): void
  /** `overlay` (default): in the block's top-right corner; `side`: in a column beside it. */
  placement?: 'overlay' | 'side'
}

const shellLanguages = new Set(['bash', 'sh', 'shell', 'console', 'zsh'])
const manifestLanguages = new Set(['yaml', 'yml'])
const wired = new WeakMap<HTMLElement, CodeActionsOptions>()
const m = messages.code

/** Commands and manifests can be tried; other code (json, a Dockerfile, a diagram) only copied. */
function canTry(code: string, lang: string): boolean {
  if (shellLanguages.has(lang) || manifestLanguages.has(lang)) return code.trim() !== ''
  return lang === '' && /^\s*kubectl\s/.test(code)
}

function icon(name: IconName): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg'
  const svg = document.createElementNS(ns, 'svg')
  for (const [key, value] of Object.entries({
    viewBox: '0 0 24 24', width: '15', height: '15', fill: 'none', stroke: 'currentColor',
    'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true'
  })) svg.setAttribute(key, value)
  for (const d of icons[name]) {
    const path = document.createElementNS(ns, 'path')
    path.setAttribute('d', d)
    svg.append(path)
  }
  return svg
}

function button(action: 'copy' | 'try', label: string, title: string, iconName: IconName): HTMLButtonElement {
  const element = document.createElement('button')
  element.type = 'button'
  element.className = `code-action code-action-${action}`
  element.dataset.codeAction = action
  element.title = title
  const text = document.createElement('span')
  text.textContent = label
  element.append(icon(iconName), text)
  return element
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // Older shells or a denied permission: the selection-based copy still works.
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const done = document.execCommand('copy')
    area.remove()
    return done
  }
}

function flash(element: HTMLButtonElement, label: string): void {
  const text = element.querySelector('span')
  if (!text) return
  const before = element.dataset.label ?? text.textContent ?? ''
  element.dataset.label = before
  text.textContent = label
  element.classList.add('done')
  setTimeout(() => {
    text.textContent = before
    element.classList.remove('done')
  }, 1500)
}

async function onClick(root: HTMLElement, event: MouseEvent): Promise<void> {
  const target = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-code-action]')
  if (!target || !root.contains(target)) return
  event.preventDefault()
  event.stopPropagation()
  const pre = target.closest('.code-block')?.querySelector<HTMLElement>('pre.code')
  const code = pre?.querySelector('code')?.textContent ?? ''
  if (target.dataset.codeAction === 'copy') flash(target, (await copyText(code)) ? m.copied : m.copyFailed)
  else wired.get(root)?.onTry(code, pre?.dataset.lang ?? '')
}

/** Wraps each code block of `root` with its actions; safe to call again after a re-render. */
export function decorateCodeBlocks(root: HTMLElement, options: CodeActionsOptions): void {
  if (!wired.has(root)) root.addEventListener('click', (event) => void onClick(root, event))
  wired.set(root, options)
  for (const pre of root.querySelectorAll<HTMLElement>('pre.code')) {
    if (pre.parentElement?.classList.contains('code-block')) continue
    const lang = (pre.dataset.lang ?? '').toLowerCase()
    const code = pre.querySelector('code')?.textContent ?? ''
    const wrapper = document.createElement('div')
    wrapper.className = `code-block ${options.placement === 'side' ? 'side' : 'overlay'}`
    const bar = document.createElement('div')
    bar.className = 'code-actions'
    bar.setAttribute('role', 'group')
    bar.append(button('copy', m.copy, m.copy, 'copy'))
    if (canTry(code, lang)) {
      const title = manifestLanguages.has(lang) ? m.tryManifest : m.try
      bar.append(button('try', m.tryShort, title, 'terminal'))
    }
    pre.replaceWith(wrapper)
    wrapper.append(pre, bar)
  }
}
