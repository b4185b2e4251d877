// Placeholder: the typed window.api bridge is built in the course-reader work.
export {}
