// The bench scripts' command line: `--name N` options and `--flag` switches.
const args = process.argv.slice(2);

// The number after `name`, or `fallback` when it is not given.
export function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback;
}

export function flag(name) {
  return args.includes(name);
}
