import { fr, type MainMessages } from './fr'

/** The main process's active messages. Only French exists; MainMessages is the contract for others. */
export const messages: MainMessages = fr

export { fmt } from '@shared/fmt'
