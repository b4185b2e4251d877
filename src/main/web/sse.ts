import type { ServerResponse } from 'node:http'
import type { ApiEvent } from '@shared/api'

// Proxies and browsers drop idle streams; a comment line every so often keeps it open.
const heartbeatMs = 25_000

/** Server-Sent Events: the browser-mode transport for push events. */
export class EventStreams {
  private readonly clients = new Set<ServerResponse>()
  private readonly heartbeat: NodeJS.Timeout

  constructor() {
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) client.write(': keep-alive\n\n')
    }, heartbeatMs)
    this.heartbeat.unref()
  }

  open(response: ServerResponse, headers: Record<string, string>): void {
    response.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    })
    response.write('retry: 2000\n\n')
    this.clients.add(response)
    response.on('close', () => this.clients.delete(response))
  }

  send(event: ApiEvent): void {
    const frame = `data: ${JSON.stringify(event)}\n\n`
    for (const client of this.clients) client.write(frame)
  }

  get size(): number {
    return this.clients.size
  }

  close(): void {
    clearInterval(this.heartbeat)
    for (const client of this.clients) client.end()
    this.clients.clear()
  }
}
