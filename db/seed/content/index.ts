export { demoAuthors } from "./authors";
export { demoCategories } from "./categories";
export { demoEvents } from "./events";
export { demoIssues } from "./issues";
