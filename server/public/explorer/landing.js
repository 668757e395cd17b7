// Opens Apollo Sandbox on the /graphql landing page; when Apollo's CDN did not deliver it (offline, blocked),
// goes to Beacon's bundled explorer instead. Settings come from the page's JSON data block.
(() => {
  const settings = JSON.parse(document.getElementById('beacon-landing').textContent);
  if (typeof window.EmbeddedSandbox !== 'function') {
    window.location.replace(settings.explorer);
    return;
  }
  document.getElementById('sandbox').replaceChildren();
  new window.EmbeddedSandbox({
    target: '#sandbox',
    initialEndpoint: new URL(settings.endpoint, window.location.href).toString(),
    initialState: { document: settings.document, includeCookies: true, pollForSchemaUpdates: false },
    includeCookies: true,
    hideCookieToggle: false,
    endpointIsEditable: false,
    runTelemetry: settings.runTelemetry,
    allowDynamicStyles: false,
  });
})();
