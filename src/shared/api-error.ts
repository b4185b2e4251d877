/** Errors cross both transports as { error: { code, message } } and are rethrown as ApiError. */
export class ApiError extends Error {
  constructor(
    readonly code: 'invalid-request' | 'not-found' | 'forbidden' | 'internal',
    message: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
