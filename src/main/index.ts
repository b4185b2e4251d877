// Placeholder: the Electron entry point is built in the course-reader work.
export {}
