import type { SchedulerSettings } from '@shared/api'
import type { SettingsStore } from '../settings/settings'

const key = 'review.settings'

/** FSRS-6 defaults as ts-fsrs ships them, fuzz on, and Anki's daily limits and day start. */
export const defaultSchedulerSettings: SchedulerSettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  maximumInterval: 36500,
  fuzz: true,
  dayStartHour: 4
}

/** The learner's scheduling choices, stored with the other settings. */
export class ReviewSettings {
  private cached: SchedulerSettings | null = null

  constructor(private readonly settings: SettingsStore) {}

  get(): SchedulerSettings {
    this.cached ??= { ...defaultSchedulerSettings, ...this.settings.read<Partial<SchedulerSettings>>(key) }
    return this.cached
  }

  set(changes: Partial<SchedulerSettings>): SchedulerSettings {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
    const next = { ...this.get(), ...defined }
    this.settings.write(key, next)
    this.cached = next
    return next
  }
}
