'use strict';
// The PouchDB side's laptops: the same four operations as our sync benchmark, timed here so
// process start and module loading are outside the measures (as our laptop's are).
//
// Usage: node client.js PLAN.json   (plan: {url, db, manifest, changes, workdir})
// The manifest is the JSON file Python generated once for both sides: one document per case
// record (its _id the case number) plus one per site, ride and interpreter. The changes file
// lists [case_number, person_index, new_marital_status]: the same records changed as on our side.
// Prints one JSON line of figures on stdout.
const fs = require('fs');
const path = require('path');
const PouchDB = require('pouchdb-node');

function docsOf(manifest) {
  const docs = [];
  for (const kind of ['sites', 'rides', 'interpreters']) {
    for (const item of manifest[kind] || []) docs.push({ _id: `${kind}:${item.name}`, type: kind, ...item });
  }
  for (const c of manifest.cases) docs.push({ _id: c.case_number, type: 'case', ...c });
  return docs;
}

function dirBytes(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}

let serverUrl = '';
async function wireBytes() {
  const response = await fetch(`${serverUrl}/_bench_bytes`);
  return (await response.json()).bytes;
}

// Seconds of one replication, and the bytes it moved (both directions, counted by the server).
async function timed(fn, out, key) {
  const before = await wireBytes();
  const t = process.hrtime.bigint();
  const result = await fn();
  out[key + '_s'] = Number(process.hrtime.bigint() - t) / 1e9;
  out[key + '_wire_bytes'] = (await wireBytes()) - before;
  return result;
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function main() {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(plan.manifest, 'utf8'));
  const changes = JSON.parse(fs.readFileSync(plan.changes, 'utf8'));
  serverUrl = plan.url;
  const docs = docsOf(manifest);
  const out = { docs: docs.length, changes: changes.length };

  // Set-up, untimed (as our import_manifest is): the lead laptop's database filled locally.
  const lead = new PouchDB(path.join(plan.workdir, 'lead'));
  for (let i = 0; i < docs.length; i += 1000) await lead.bulkDocs(docs.slice(i, i + 1000));
  const remote = new PouchDB(`${plan.url}/${plan.db}`);
  await remote.info(); // the empty HQ database exists before the clock starts, as our HQ does

  // 1. First push of the whole workspace to the empty HQ. Replication with PouchDB's defaults
  //    (batch_size 100, batches_limit 10): what a PouchDB app gets.
  let result;
  result = await timed(() => lead.replicate.to(remote), out, 'first_push');
  out.first_push_written = result.docs_written;
  out.hq_docs_after_push = (await remote.info()).doc_count;

  // 2. First pull of the ride on a new laptop.
  const field = new PouchDB(path.join(plan.workdir, 'field'));
  result = await timed(() => field.replicate.from(remote), out, 'first_pull');
  out.first_pull_written = result.docs_written;
  out.field_docs = (await field.info()).doc_count;

  // 3. Incremental push: the same records changed as on our side (set-up untimed).
  const ids = [...new Set(changes.map(([caseNumber]) => caseNumber))];
  const byId = new Map();
  for (let i = 0; i < ids.length; i += 1000) {
    const page = await lead.allDocs({ keys: ids.slice(i, i + 1000), include_docs: true });
    for (const row of page.rows) byId.set(row.id, row.doc);
  }
  for (const [caseNumber, index, value] of changes) byId.get(caseNumber).persons[index].marital_status = value;
  const changed = [...byId.values()];
  for (let i = 0; i < changed.length; i += 1000) await lead.bulkDocs(changed.slice(i, i + 1000));
  result = await timed(() => lead.replicate.to(remote), out, 'incr_push');
  out.incr_push_written = result.docs_written;

  // 4. Incremental pull of them on the other laptop.
  result = await timed(() => field.replicate.from(remote), out, 'incr_pull');
  out.incr_pull_written = result.docs_written;

  // Proof that PouchDB really replicated: counts everywhere, and every change arrived.
  out.hq_docs = (await remote.info()).doc_count;
  out.lead_docs = (await lead.info()).doc_count;
  out.field_docs_final = (await field.info()).doc_count;
  let arrived = 0;
  for (let i = 0; i < changes.length; i += 1000) {
    const slice = changes.slice(i, i + 1000);
    const page = await field.allDocs({ keys: slice.map(([c]) => c), include_docs: true });
    page.rows.forEach((row, k) => {
      const [, index, value] = slice[k];
      if (row.doc && row.doc.persons[index].marital_status === value) arrived += 1;
    });
  }
  out.changes_arrived = arrived;
  check(out.hq_docs === docs.length && out.field_docs_final === docs.length, 'document counts differ');
  check(arrived === changes.length, `only ${arrived} of ${changes.length} changes reached the field laptop`);

  await lead.close();
  await field.close();
  await remote.close();
  out.lead_bytes = dirBytes(path.join(plan.workdir, 'lead'));
  out.field_bytes = dirBytes(path.join(plan.workdir, 'field'));
  out.node = process.version;
  out.pouchdb = PouchDB.version;
  out.adapter = 'leveldb';
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : String(err));
  process.exit(1);
});
