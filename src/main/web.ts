// Placeholder: the browser-mode server is built in the course-reader work.
export {}
