// Limits of the console's saved state, kept free of zod so the renderer can use them
// without bundling the schemas (zod probes `new Function`, which the CSP refuses).

/** The longest manifest the workspace keeps (the editor and `>` redirections). */
export const maxWorkspaceFile = 1_000_000
/** History entries kept, oldest dropped first. */
export const maxConsoleHistory = 1000
