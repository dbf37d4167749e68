// The workbench's addresses for each spot an app module can show in; the front page links them and tests open them.
// Project and space pages take the app's own route after their address, as Forge appends it to the page URL.

export const spotUrls = {
  issue: (issueKey: string) => `/jira/browse/${issueKey}`,
  projectPage: (projectKey: string, moduleKey: string) => `/jira/projects/${projectKey}/${moduleKey}`,
  spacePage: (spaceKey: string, route: string) => `/wiki/spaces/${spaceKey}/apps/${route}`,
  page: (spaceKey: string, pageId: string) => `/wiki/spaces/${spaceKey}/pages/${pageId}`,
  /** One macro instance on its page, by its local id; `/config` is its config screen. */
  macro: (spaceKey: string, pageId: string, localId: string) => `${spotUrls.page(spaceKey, pageId)}/macros/${localId}`,
  macroConfig: (spaceKey: string, pageId: string, localId: string) => `${spotUrls.macro(spaceKey, pageId, localId)}/config`,
  /** A byline item opened on a page (the product shows it in a popup under the title). */
  byline: (spaceKey: string, pageId: string, moduleKey: string) => `${spotUrls.page(spaceKey, pageId)}/byline/${moduleKey}`,
};
