#!/usr/bin/env node
/**
 * Builds the platform's TypeScript sources (src/, tests left out) to JavaScript, so that `icat` starts
 * without compiling anything. Each build lives in build/<fingerprint>/, the fingerprint naming the
 * sources it was made from (each file's path, size and modification time, and the build's own
 * settings): a change to any source, a new file or a deleted one gives a new fingerprint, hence a
 * new build. A build is written to a temporary directory and renamed into place, so two commands
 * starting at once never see half of one, and a running server keeps the build it started from
 * while a newer one is made beside it. The tree under build/<fingerprint>/ mirrors src/, file for
 * file, with the imports pointing at the .js files.
 *
 * `node bin/build.js` builds if needed and prints the build's directory.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(projectDir, 'src');
export const buildsDir = join(projectDir, 'build');
/** Builds kept besides the newest, for processes still running from them. */
const olderBuildsKept = 2;
/** A temporary directory this old was left by a build that crashed. */
const abandonedAfterMs = 10 * 60_000;
/** What a build depends on besides the sources: the JSX import map, the compiler settings, this file. */
const settingsFiles = ['package.json', 'tsconfig.json', 'bin/build.js'];

function sourceFiles() {
  return readdirSync(srcDir, { recursive: true })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|d)\.tsx?$/.test(file))
    .sort();
}

function fingerprintOf(files) {
  const hash = createHash('sha256');
  for (const file of [...settingsFiles, ...files.map((name) => join('src', name))]) {
    const { size, mtimeMs } = statSync(join(projectDir, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The directory of an up-to-date build (made now if there is none). */
export async function ensureBuild() {
  const files = sourceFiles();
  const dir = join(buildsDir, fingerprintOf(files));
  if (existsSync(dir)) return dir;
  const temporary = join(buildsDir, `.tmp-${process.pid}-${Date.now()}`);
  try {
    await compile(files, temporary);
    renameSync(temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    // Another command made the same build at the same time: use theirs.
    if (!existsSync(dir)) throw error;
  }
  removeOldBuilds(dir);
  return dir;
}

async function compile(files, outdir) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: files.map((file) => join(srcDir, file)),
    outbase: srcDir,
    outdir,
    // Bundling only to resolve each import; every module stays in its own file (keepModulesApart).
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(projectDir, 'tsconfig.json'),
    sourcemap: 'linked',
    logLevel: 'error',
    plugins: [keepModulesApart(JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')).imports ?? {})],
  });
}

/**
 * Marks every import of another source file as external, rewritten to the .js file it becomes, so
 * that each module keeps its own file (and `import.meta.url` its place in the tree). Subpath
 * imports (`#jsx/jsx-runtime`, which package.json maps to a source file) become relative paths.
 */
function keepModulesApart(subpathImports) {
  return {
    name: 'keep-modules-apart',
    setup(build) {
      build.onResolve({ filter: /^(\.|#)/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const mapped = subpathImports[args.path];
        const target = sourceFileAt(mapped ? join(projectDir, mapped) : join(args.resolveDir, args.path));
        if (!target) return undefined;
        const path = relative(dirname(args.importer), target)
          .split(sep)
          .join('/')
          .replace(/\.tsx?$/, '.js');
        return { path: path.startsWith('.') ? path : `./${path}`, external: true };
      });
    },
  };
}

function sourceFileAt(path) {
  const candidates = [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts'), join(path, 'index.tsx')];
  return candidates.find((candidate) => candidate.startsWith(srcDir + sep) && /\.tsx?$/.test(candidate) && existsSync(candidate));
}

function removeOldBuilds(current) {
  const others = readdirSync(buildsDir)
    .map((name) => join(buildsDir, name))
    .filter((dir) => dir !== current)
    .map((dir) => ({ dir, mtimeMs: statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  const now = Date.now();
  let kept = 0;
  for (const { dir, mtimeMs } of others) {
    const temporary = dir.slice(buildsDir.length + 1).startsWith('.tmp-');
    if (temporary ? now - mtimeMs < abandonedAfterMs : kept++ < olderBuildsKept) continue;
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await ensureBuild());
