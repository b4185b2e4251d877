import type { KubeObject } from '../../../engine/contract'

/** A column as pkg/printers/internalversion/printers.go declares it; priority 1 = only with `-o wide`. */
export interface ColumnDef {
  name: string
  priority?: 1
  /** The column holding the object name (kubectl prefixes it with `kind/` when several kinds are listed). */
  isName?: boolean
}

export interface RowOptions {
  now: number
}

export interface TableHandler {
  columns: ColumnDef[]
  /** One cell per column, wide columns included. */
  row(obj: KubeObject, o: RowOptions): string[]
}

export const NAME: ColumnDef = { name: 'Name', isName: true }
