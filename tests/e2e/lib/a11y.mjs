// Reading skillscope the way assistive technology does: Chromium's accessibility tree
// (CDP Accessibility.getFullAXTree), DOM focus given to its nodes (CDP DOM.focus),
// keys, and axe-core. No coordinates: nodes are found by role and name.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { settle } from './app.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function cdpOf(page) {
  if (!page.skillscopeCdp) page.skillscopeCdp = await page.context().newCDPSession(page);
  return page.skillscopeCdp;
}

function propertiesOf(raw) {
  const out = {};
  for (const p of raw.properties || []) out[p.name] = p.value.value;
  return out;
}

// The tree as plain objects: {role, name, description, props, children, parent,
// backendId}; ignored nodes are left out (their children hang on the nearest kept
// ancestor), text runs too.
export async function axTree(page) {
  const cdp = await cdpOf(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const make = (raw, parent, out) => {
    const role = raw.role?.value || '';
    const keep = !raw.ignored && role !== 'InlineTextBox';
    let node = parent;
    if (keep) {
      node = {
        role, name: raw.name?.value || '', description: raw.description?.value || '', props: propertiesOf(raw),
        children: [], parent, backendId: raw.backendDOMNodeId,
      };
      if (parent) parent.children.push(node);
      out.push(node);
    }
    for (const id of raw.childIds || []) {
      const child = byId.get(id);
      if (child) make(child, node, out);
    }
    return node;
  };
  const all = [];
  const root = make(nodes[0], null, all);
  return { root, all };
}

export function textOf(node) {
  if (node.role === 'StaticText') return node.name;
  return node.children.map(textOf).join('');
}

export function findAll(tree, role, name) {
  return tree.all.filter((n) => n.role === role && (name === undefined ||
    (name instanceof RegExp ? name.test(n.name) : n.name === name)));
}

export function findOne(tree, role, name, within = null) {
  const hits = findAll(tree, role, name).filter((n) => !within || isInside(n, within));
  assert.ok(hits.length >= 1, `no ${role} named ${name} in the accessibility tree; ${role}s: ${
    findAll(tree, role).map((n) => JSON.stringify(n.name)).join(', ')}`);
  return hits[0];
}

export function isInside(node, ancestor) {
  for (let n = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

export function ancestor(node, role) {
  for (let n = node.parent; n; n = n.parent) if (n.role === role) return n;
  return null;
}

// The accessibility node of a DOM element (by CSS selector), or null.
export async function axNodeOf(page, selector) {
  const cdp = await cdpOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) return null;
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const raw = nodes.find((n) => !n.ignored) || nodes[0];
  return raw ? { role: raw.role?.value || '', name: raw.name?.value || '', props: propertiesOf(raw), ignored: raw.ignored } : null;
}

// DOM focus on a node, as a screen reader or the browser's Tab gives it.
export async function focusNode(page, node) {
  assert.ok(node.backendId, `${node.role} ${JSON.stringify(node.name)} has no DOM element`);
  const cdp = await cdpOf(page);
  await cdp.send('DOM.focus', { backendNodeId: node.backendId });
  await settle(page);
}

// A screen reader's "activate": a click on the element with no key and no pointer.
export async function clickNode(page, node) {
  const cdp = await cdpOf(page);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendId });
  await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { this.click(); }' });
  await settle(page);
}

// Finds a node by role and name (inside a named container when given) and presses a
// key with the DOM focus on it.
export async function activate(page, role, name, { key = 'Enter', within = null } = {}) {
  const tree = await axTree(page);
  const container = within ? findOne(tree, within.role, within.name) : null;
  const node = findOne(tree, role, name, container);
  await focusNode(page, node);
  await page.keyboard.press(key);
  await settle(page);
}

// axe-core's serious and critical findings on the page as it is.
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + n.failureSummary),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The live regions' current words: {polite, assertive}.
export async function liveWords(page) {
  const tree = await axTree(page);
  const out = { polite: '', assertive: '' };
  for (const n of tree.all) {
    if ((n.role === 'status' || n.role === 'alert') && n.props.live) out[n.props.live] += textOf(n);
  }
  return out;
}
