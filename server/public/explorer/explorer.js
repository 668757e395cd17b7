// Starts GraphiQL, bundled with Beacon, against this server's /graphql. Same-origin requests carry the
// staff session cookie, so staff operations work after running SignIn.
(() => {
  const settings = JSON.parse(document.getElementById('beacon-explorer').textContent);
  const fetcher = window.GraphiQL.createFetcher({
    url: new URL(settings.endpoint, window.location.href).toString(),
    fetch: (input, init) => window.fetch(input, { ...init, credentials: 'same-origin' }),
  });
  const root = window.ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    window.React.createElement(window.GraphiQL, {
      fetcher,
      defaultQuery: settings.document,
      defaultEditorToolsVisibility: false,
      isHeadersEditorEnabled: true,
    }),
  );
})();
