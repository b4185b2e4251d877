import { fr } from './fr'

/** The active messages. Only French exists; the shape is the contract for others. */
export const messages = fr

export { fmt } from '@shared/fmt'
