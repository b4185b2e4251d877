// Registers every kind's strategy with the API server.
import './core'
import './pods'
import './services'
import './storage'
import './workloads'
import './others'
