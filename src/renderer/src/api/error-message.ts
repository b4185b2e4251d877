/** What a failed call says to the user: an ApiError's or any Error's message, else the thrown value as text. */
export function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}
