#!/usr/bin/env node
// Headless runner of ODK's reference form engine (@getodk/xforms-engine, the engine of ODK Web
// Forms): replays a list of answers on an XForm and prints the state of every leaf node as JSON.
// It is Circuit Ride's differential-testing oracle; see README.md in this directory.
//
//   node odk_fill.mjs FORM.xml STEPS.json [ATTACHMENTS_DIR]
//   node odk_fill.mjs --batch            (JSON lines on stdin, one JSON line per request on stdout)
//
// Exit codes (single mode) / "code" (batch mode):
//   0 ok; 1 a step is invalid or the engine refused it (the message names the 0-based step index);
//   2 the engine cannot load the form; 3 usage or I/O error, or an unexpected internal error.

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

// stdout carries only our JSON: anything the engine or its dependencies log goes to stderr.
console.log = console.info = console.debug = (...args) => console.error(...args);

// ---- errors ------------------------------------------------------------------------------------
class OracleError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
const stepError = (index, message) => new OracleError(1, `step ${index}: ${message}`);
const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();
const describe = (error) => {
  if (!(error instanceof Error)) return oneLine(error);
  const causes = (error.causes ?? (error.cause ? [error.cause] : [])).map(describe);
  return oneLine([error.message, ...causes].filter(Boolean).join(': '));
};

// A fixed clock, for start/end/today/now(): the engine reads the time only through Date.now()
// (inside its Temporal polyfill). Set per request ("now" in batch mode, $ODK_FILL_NOW otherwise);
// the time zone is the process's (set TZ in the environment).
const realNow = Date.now.bind(Date);
let fixedNow = null;
Date.now = () => fixedNow ?? realNow();
const setClock = (now) => {
  if (now == null || now === '') {
    fixedNow = null;
    return;
  }
  const ms = typeof now === 'string' ? Date.parse(now) : NaN;
  if (Number.isNaN(ms)) throw new OracleError(3, `"now" is not an ISO 8601 date-time: ${JSON.stringify(now)}`);
  fixedNow = ms;
};

// ---- environment the engine expects ---------------------------------------------------------
// The engine is built for browsers: it parses XML with the global DOMParser, and its inlined
// (Emscripten) tree-sitter XPath parser takes its Node.js branch, which reads `__dirname` and
// assigns `module.exports`. The WebAssembly binary is inlined, so nothing is read from __dirname.
const { window } = new JSDOM('');
for (const name of ['DOMParser', 'XMLSerializer', 'Node', 'Element', 'Document', 'XPathResult']) {
  globalThis[name] = window[name];
}
globalThis.window = window;
globalThis.document = window.document;
const ENGINE_URL = import.meta.resolve('@getodk/xforms-engine');
globalThis.__dirname = path.dirname(fileURLToPath(ENGINE_URL));
globalThis.module = { exports: {} };

const engine = await import(ENGINE_URL);

// ---- form loading ------------------------------------------------------------------------------
const CONTENT_TYPES = { '.csv': 'text/csv', '.xml': 'text/xml', '.geojson': 'application/geo+json' };

// Form attachments are `jr://file/NAME` or `jr://file-csv/NAME` URLs; NAME is looked up in the
// attachments directory. A missing file answers 404, which the engine reports as a load failure.
const attachmentFetcher = (dir) => async (url) => {
  const name = decodeURIComponent(new URL(url.href).pathname).replace(/^\/+/, '');
  const file = dir == null ? null : path.join(dir, path.basename(name));
  if (file == null || !fs.existsSync(file)) {
    return new Response('', { status: 404 });
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(fs.readFileSync(file, 'utf8'), { status: 200, headers: { 'content-type': type } });
};

const primaryRootAttributes = (xml) => {
  // form_id / version: attributes of the primary instance's root element (the first <instance>).
  const doc = new window.DOMParser().parseFromString(xml, 'text/xml');
  const instance = doc.getElementsByTagNameNS('http://www.w3.org/2002/xforms', 'instance')[0];
  const root = instance?.firstElementChild ?? null;
  return { form_id: root?.getAttribute('id') ?? null, version: root?.getAttribute('version') ?? null };
};

const loadForm = async (xml, attachments) => {
  let result;
  try {
    result = await engine.loadForm(xml, {
      fetchFormAttachment: attachmentFetcher(attachments),
      fetchFormDefinition: async () => {
        throw new Error('forms are passed as XML text');
      },
    });
  } catch (error) {
    throw new OracleError(2, `cannot load form: ${describe(error)}`);
  }
  if (result.status === 'failure') {
    throw new OracleError(2, `cannot load form: ${describe(result.error)}`);
  }
  return { result, ...primaryRootAttributes(xml) };
};

// ---- tree helpers ------------------------------------------------------------------------------
const LEAF_TYPES = new Set(['model-value', 'note', 'select', 'input', 'trigger', 'range', 'rank', 'upload']);
const LIST_VALUED = new Set(['select', 'rank']);

function* walk(node) {
  yield node;
  for (const child of node.currentState.children ?? []) yield* walk(child);
}

const findNode = (root, ref) => {
  for (const node of walk(root)) {
    if (node.currentState.reference === ref) return node;
  }
  return null;
};

const snapshotNodes = (root) => {
  const nodes = [];
  for (const node of walk(root)) {
    if (!LEAF_TYPES.has(node.nodeType)) continue;
    const state = node.currentState;
    nodes.push({
      ref: state.reference,
      relevant: state.relevant,
      required: state.required,
      value: LIST_VALUED.has(node.nodeType) ? [...state.value] : state.instanceValue,
      violation: node.validationState.violation?.condition ?? null,
    });
  }
  return nodes;
};

// ---- steps -------------------------------------------------------------------------------------
const applyStep = (root, step, index, attachments) => {
  if (step === null || typeof step !== 'object' || Array.isArray(step) || typeof step.ref !== 'string') {
    throw stepError(index, `not a step object with a string "ref": ${JSON.stringify(step)}`);
  }
  const actions = ['value', 'values', 'add'].filter((key) => key in step);
  if (actions.length !== 1) {
    throw stepError(index, `needs exactly one of "value", "values", "add": ${JSON.stringify(step)}`);
  }
  const node = findNode(root, step.ref);
  if (node == null) throw stepError(index, `unknown node reference ${JSON.stringify(step.ref)}`);
  const kind = node.nodeType;

  if ('add' in step) {
    if (!Number.isInteger(step.add) || step.add < 1) throw stepError(index, '"add" must be a positive integer');
    if (kind === 'repeat-range:controlled') {
      throw stepError(index, `${step.ref} is a count-controlled repeat (jr:count); answer its count instead`);
    }
    if (kind !== 'repeat-range:uncontrolled') {
      throw stepError(index, `${step.ref} is a ${kind} node, not a repeat (use the reference without an index)`);
    }
    node.addInstances(undefined, step.add); // appended after the last instance
    return;
  }

  if ('values' in step) {
    const values = step.values;
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
      throw stepError(index, '"values" must be a list of strings');
    }
    if (kind === 'rank') {
      checkChoices(node, values, index);
      node.setValues(values);
      return;
    }
    if (kind !== 'select' || node.selectType !== 'select') {
      throw stepError(index, `${step.ref} is not a select_multiple ("values" is only for select_multiple/rank)`);
    }
    checkChoices(node, values, index);
    node.selectValues(values);
    return;
  }

  const value = step.value;
  if (typeof value !== 'string') throw stepError(index, '"value" must be a string');
  switch (kind) {
    case 'select':
      if (node.selectType !== 'select1') {
        throw stepError(index, `${step.ref} is a select_multiple; use "values": [...]`);
      }
      if (value === '') {
        node.selectValue(null);
      } else {
        checkChoices(node, [value], index);
        node.selectValue(value);
      }
      return;
    case 'input':
    case 'range':
      node.setValue(value);
      return;
    case 'trigger':
      if (value !== '' && value.toLowerCase() !== 'ok') throw stepError(index, 'a trigger takes "OK" or ""');
      node.setValue(value !== '');
      return;
    case 'upload': {
      // An upload is answered with a file name; its content is read from ATTACHMENTS_DIR when present.
      if (value === '') {
        node.setValue(null);
        return;
      }
      const file = attachments == null ? null : path.join(attachments, path.basename(value));
      const bytes = file != null && fs.existsSync(file) ? fs.readFileSync(file) : new Uint8Array();
      node.setValue(new File([bytes], path.basename(value)));
      return;
    }
    default:
      throw stepError(index, `${step.ref} is a ${kind} node and cannot be answered`);
  }
};

const checkChoices = (node, values, index) => {
  // The choices currently offered (after any choice_filter); the engine silently drops others.
  const available = node.currentState.valueOptions.map((item) => item.value);
  for (const value of values) {
    if (!available.includes(value)) {
      throw stepError(
        index,
        `${JSON.stringify(value)} is not a choice of ${node.currentState.reference} (available: ${available.join(' ')})`,
      );
    }
  }
};

// ---- one interview -----------------------------------------------------------------------------
const fill = async (form, steps, attachments) => {
  if (!Array.isArray(steps)) throw new OracleError(3, 'steps must be a JSON list');
  let instance;
  try {
    // resetInstance = createInstance after disposing the reactive scope of the previous instance
    // of this form; with createInstance alone a batch process grows by ~0.5 MB per interview.
    instance = form.result.resetInstance({ stateFactory: (object) => object });
  } catch (error) {
    throw new OracleError(2, `cannot load form: ${describe(error)}`);
  }
  const root = instance.root;
  steps.forEach((step, index) => {
    try {
      applyStep(root, step, index, attachments);
    } catch (error) {
      if (error instanceof OracleError) throw error;
      throw stepError(index, `engine error: ${describe(error)}`);
    }
  });
  const payload = await root.prepareInstancePayload({ payloadType: 'monolithic' });
  const submission = await payload.data[0].get(engine.constants.INSTANCE_FILE_NAME).text();
  return { form_id: form.form_id, version: form.version, nodes: snapshotNodes(root), submission };
};

const readText = (file, what) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new OracleError(3, `cannot read ${what} ${file}: ${error.message}`);
  }
};

// ---- modes -------------------------------------------------------------------------------------
const writeOut = (text) => new Promise((resolve) => process.stdout.write(text, () => resolve()));

const single = async (args) => {
  if (args.length < 2 || args.length > 3) {
    throw new OracleError(3, 'usage: node odk_fill.mjs FORM.xml STEPS.json [ATTACHMENTS_DIR] | --batch');
  }
  const [formPath, stepsPath, attachments = null] = args;
  setClock(process.env.ODK_FILL_NOW);
  const xml = readText(formPath, 'form');
  let steps;
  try {
    steps = JSON.parse(readText(stepsPath, 'steps'));
  } catch (error) {
    if (error instanceof OracleError) throw error;
    throw new OracleError(3, `steps file ${stepsPath} is not JSON: ${error.message}`);
  }
  const form = await loadForm(xml, attachments);
  await writeOut(JSON.stringify(await fill(form, steps, attachments)) + '\n');
};

const batch = async () => {
  // One cached load per distinct (form, attachments): a form file is reloaded when its size or
  // mtime changes. Requests carry "form" (a path) or "xform" (the XML itself). At most
  // CACHE_SIZE loaded forms are kept (the oldest is dropped).
  const CACHE_SIZE = 64;
  const cache = new Map();
  const loadCached = async (request) => {
    const attachments = request.attachments ?? null;
    let key;
    let xml;
    if (typeof request.xform === 'string') {
      xml = request.xform;
      key = JSON.stringify(['xml', xml, attachments]);
    } else if (typeof request.form === 'string') {
      let stat;
      try {
        stat = fs.statSync(request.form);
      } catch (error) {
        throw new OracleError(3, `cannot read form ${request.form}: ${error.message}`);
      }
      key = JSON.stringify(['path', path.resolve(request.form), stat.size, stat.mtimeMs, attachments]);
    } else {
      throw new OracleError(3, 'a request needs "form" (a path) or "xform" (XML text)');
    }
    if (!cache.has(key)) {
      xml ??= readText(request.form, 'form');
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value);
      // Failed loads are cached too (as the rejected promise), so a bad form is not re-parsed.
      cache.set(key, loadForm(xml, attachments));
    }
    return cache.get(key);
  };

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let response;
    try {
      let request;
      try {
        request = JSON.parse(line);
      } catch (error) {
        throw new OracleError(3, `request is not JSON: ${error.message}`);
      }
      setClock(request.now);
      const form = await loadCached(request);
      response = { ok: true, result: await fill(form, request.steps ?? [], request.attachments ?? null) };
    } catch (error) {
      response = { ok: false, code: error instanceof OracleError ? error.code : 3, error: describe(error) };
    }
    await writeOut(JSON.stringify(response) + '\n');
  }
};

const args = process.argv.slice(2);
try {
  if (args.length === 1 && args[0] === '--batch') {
    await batch();
  } else {
    await single(args);
  }
  process.exitCode = 0;
} catch (error) {
  const code = error instanceof OracleError ? error.code : 3;
  process.stderr.write(`${code === 3 && !(error instanceof OracleError) ? 'internal error: ' : ''}${describe(error)}\n`);
  process.exitCode = code;
}
window.close();
