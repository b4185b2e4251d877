import { z } from 'zod'
import { ApiError, apiRequests, type ApiEnvelope, type ApiMethod, type ApiReplies } from '@shared/api'

export type ApiRequestParsed<M extends ApiMethod> = z.output<(typeof apiRequests)[M]>

/** The implementation of every API method, written once and shared by both transports. */
export type ApiHandlers = {
  [M in ApiMethod]: (request: ApiRequestParsed<M>) => ApiReplies[M] | Promise<ApiReplies[M]>
}

export type Dispatch = (method: string, request: unknown) => Promise<ApiEnvelope>

function isApiMethod(method: string): method is ApiMethod {
  return Object.hasOwn(apiRequests, method)
}

/**
 * Validates a request against its schema and runs its handler. Errors thrown on purpose
 * (ApiError) reach the client as they are; anything else is logged here and reported
 * as an internal error without details.
 */
export function createDispatch(handlers: ApiHandlers): Dispatch {
  return async (method, request) => {
    if (!isApiMethod(method)) return failure(new ApiError('not-found', `Unknown API method: ${method}`))
    const parsed = apiRequests[method].safeParse(request ?? {})
    if (!parsed.success) {
      return failure(new ApiError('invalid-request', `Invalid request for ${method}: ${z.prettifyError(parsed.error)}`))
    }
    try {
      const handler = handlers[method] as (request: unknown) => unknown
      return { result: await handler(parsed.data) }
    } catch (error) {
      if (error instanceof ApiError) return failure(error)
      console.error(`[api] ${method} failed`, error)
      return failure(new ApiError('internal', `${method} failed; see the application log.`))
    }
  }
}

function failure(error: ApiError): ApiEnvelope {
  return { error: { code: error.code, message: error.message } }
}
