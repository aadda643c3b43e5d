// Profile files as other people's browsers export them, made up for tests and the bench:
// a person, a framework, and a level per skill code (a number, [level, target], "n/a",
// "?" chosen but not answered, "skip"). A skill left out was not chosen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function profileJson({ id, person, framework, levels, updated = '2026-11-20T10:00:00Z', embedded = null }) {
  const answers = {};
  const selection = [];
  for (const [code, value] of Object.entries(levels)) {
    const key = `${framework.id}/${code}`;
    selection.push(key);
    if (value === '?') continue;
    const answer = { status: 'level', mode: 'quick', updated };
    if (value === 'n/a') answer.status = 'not-applicable';
    else if (value === 'skip') answer.status = 'skipped';
    else if (Array.isArray(value)) { answer.level = value[0]; answer.target = value[1]; }
    else answer.level = value;
    answers[key] = answer;
  }
  const ref = { id: framework.id, version: framework.version, hash: '' };
  if (embedded) ref.embedded = embedded;
  return JSON.stringify({
    format: 'skillscope-profile', schemaVersion: 2, app: 'skillscope test', id, name: `${person}'s review`, person,
    created: '2026-11-01T10:00:00Z', updated, frameworks: [ref], selection, answers, snapshots: [],
  });
}

// Writes each person's file to a new temporary folder; returns the paths in order.
export function writeProfiles(people, framework, prefix = 'skillscope-people-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return people.map((p, i) => {
    const file = path.join(dir, `${String(i + 1).padStart(2, '0')}-${p.person.split(' ')[0].toLowerCase()}.json`);
    fs.writeFileSync(file, profileJson({ ...p, framework }));
    return file;
  });
}
