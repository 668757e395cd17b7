/**
 * A Vite plugin that measures what a first visit downloads and holds it to a budget. It follows the entry
 * chunk's static imports (what the browser must load before the app starts; routes loaded on demand do
 * not count), gzips each file as the server would send it, writes the figures to dist/bundle-report.json
 * and a summary to bundle-report.md beside this package (committed, so size changes show in review), and
 * fails the build when the initial JavaScript is over the budget.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function bundleReport(options: { budgetKb: number; summaryFile: string }): Plugin {
  let outDir = 'dist';
  return {
    name: 'beacon-bundle-report',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_output, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);

      const gz = (code: string) => gzipSync(code, { level: 9 }).length;
      const sized = chunks
        .map((chunk) => ({
          file: chunk.fileName,
          name: chunk.name,
          initial: initial.has(chunk.fileName),
          bytes: Buffer.byteLength(chunk.code),
          gzipBytes: gz(chunk.code),
        }))
        .sort((a, b) => b.gzipBytes - a.gzipBytes);
      const css = Object.values(bundle)
        .filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
        .map((file) => {
          const source = file.type === 'asset' ? file.source : '';
          const text = typeof source === 'string' ? source : Buffer.from(source).toString('utf8');
          return { file: file.fileName, bytes: Buffer.byteLength(text), gzipBytes: gz(text) };
        });
      // Which packages weigh most in the first load (minified, before gzip): where to look to slim it.
      const packages = new Map<string, number>();
      for (const chunk of chunks.filter((c) => initial.has(c.fileName))) {
        for (const [id, info] of Object.entries(chunk.modules)) {
          const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(id);
          const owner = match?.[1] ?? 'dashboard (src)';
          packages.set(owner, (packages.get(owner) ?? 0) + info.renderedLength);
        }
      }
      const initialPackages = [...packages]
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => ({ name, minifiedKb: kb(bytes) }));
      const initialGzip = sized.filter((c) => c.initial).reduce((sum, c) => sum + c.gzipBytes, 0);
      const report = {
        budgetKb: options.budgetKb,
        initialJsGzipBytes: initialGzip,
        initialJsGzipKb: kb(initialGzip),
        withinBudget: kb(initialGzip) <= options.budgetKb,
        initialPackages,
        chunks: sized,
        css,
      };
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-report.json',
        source: `${JSON.stringify(report, null, 2)}\n`,
      });

      const lines = [
        '# Dashboard bundle',
        '',
        'Written by `pnpm --filter @beacon/dashboard build` (scripts/bundle-report.ts); the full figures are in',
        '`dist/bundle-report.json`. The build fails when the initial JavaScript is over the budget.',
        '',
        `- Initial JavaScript (gzipped): **${kb(initialGzip)} KB** of a ${options.budgetKb} KB budget`,
        `- CSS (gzipped): ${kb(css.reduce((sum, c) => sum + c.gzipBytes, 0))} KB`,
        '',
        '| chunk | loaded | gzipped KB |',
        '| --- | --- | ---: |',
        ...sized.map(
          (c) => `| ${c.name} | ${c.initial ? 'first visit' : 'on demand'} | ${kb(c.gzipBytes)} |`,
        ),
        '',
      ];
      writeFileSync(options.summaryFile, lines.join('\n'));
      this.info(`initial JavaScript ${kb(initialGzip)} KB gzipped (budget ${options.budgetKb} KB)`);
      if (!report.withinBudget) {
        // Say here what the first load holds: a CI log is often all there is to read.
        const held = sized
          .filter((c) => c.initial)
          .map((c) => `${c.name} ${kb(c.gzipBytes)} KB`)
          .join(', ');
        const heaviest = initialPackages
          .slice(0, 8)
          .map((p) => `${p.name} ${p.minifiedKb} KB`)
          .join(', ');
        this.error(
          `initial JavaScript is ${kb(initialGzip)} KB gzipped, over the ${options.budgetKb} KB budget ` +
            `(NODE_ENV=${process.env.NODE_ENV ?? 'unset'}; first-visit chunks: ${held}; heaviest packages, ` +
            `minified: ${heaviest}; see ${path.join(outDir, 'bundle-report.json')})`,
        );
      }
    },
  };
}
