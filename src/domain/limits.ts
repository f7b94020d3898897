/** Shared limits on text and lists, used by the schemas, the web app's forms and the CLI alike. */
export const limits = {
  title: 200,
  line: 2_000,
  prose: 100_000,
  listItems: 200,
  services: 50,
  /** An action item's title: a little longer than a title, as it often names the change. */
  actionTitle: 300,
  /** A person's name, an owner. */
  name: 200,
  /** Where a review meets: a room or a video-call link. */
  location: 500,
  /** The label of a personal API token. */
  tokenName: 100,
} as const;

/** Password length for local accounts; the server enforces it and the web app's forms say it. */
export const passwordLimits = { min: 10, max: 1_000 } as const;

/**
 * What the HTTP API accepts, in bytes and files: the server's defaults, which the web app checks before it sends
 * and the CLI's remote mode stays under.
 */
export const transferLimits = {
  /** A JSON request body. */
  jsonBody: 2 * 1024 * 1024,
  /** All the files of one evidence upload together. */
  upload: 200 * 1024 * 1024,
  /** Files in one evidence upload. */
  uploadFiles: 50,
} as const;

/** How many incidents a page of the list holds unless asked otherwise (the web app's page; the API's default). */
export const incidentPageSize = 25;

/** The most incidents one page of the API's list may hold. */
export const maxIncidentPageSize = 200;
