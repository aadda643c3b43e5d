// The accessibility mirror: real DOM elements over the canvas, one for each widget,
// heading, paragraph, list, table and landmark the app draws, for screen readers,
// magnifiers and voice or switch control. README "The accessibility mirror" tells the
// whole story; the tree C++ sends is described in src/app/accessibility.h.
//
// Sections
//   [SECTION] Building and updating the elements
//   [SECTION] One focus: ImGui's and the DOM's
//   [SECTION] Keys and activation
//   [SECTION] Announcements (live regions)
//   [SECTION] Calls from C++
//
// - The elements draw nothing and let the pointer through to the canvas (which draws
//   the focus ring); each sits where its widget is drawn, in CSS pixels.
// - C++ sends a tree only when the frame's widgets changed. Elements are keyed, so a
//   node that stays keeps its element, and only attributes that changed are written:
//   an idle page, or a pointer moving, changes nothing in the DOM.
// - Focus: when ImGui's keyboard focus moves, the matching element takes DOM focus;
//   when an element takes DOM focus some other way (Tab from the browser, a screen
//   reader), ImGui's focus moves there (ss_on_a11y_focus). Keys on an element go to the
//   canvas's key handling, so Tab, Enter and Space do in the mirror what they do in
//   the app; a click no key made (a screen reader's) presses the item (ss_on_a11y_press).

mergeInto(LibraryManager.library, {
  // ---------------------------------------------------------------------------
  // [SECTION] Building and updating the elements
  // ---------------------------------------------------------------------------
  $SS_a11y__deps: ['$SS'],
  $SS_a11y: {
    root: null,      // #skillscope-mirror, over the canvas
    page: null,      // the tree's elements (the live regions sit beside it)
    regions: null,   // {polite, assertive}
    byKey: {},       // node key -> element, as of the last update
    byItem: {},      // ImGui item id -> element
    focused: 0,      // ImGui's visible keyboard focus (item id), as C++ last said
    edited: 0,       // the text field being edited (item id)
    syncing: false,  // DOM focus is being moved to follow ImGui: not a request
    keyDown: false,  // Enter or Space is down on an element: a click now is the key's
    liveShown: {},   // live texts on show after the last update: key -> text
    dialogKey: null, // the dialog on show, if any

    install: function() {
      var A = SS_a11y;
      var root = document.createElement('div');
      root.id = 'skillscope-mirror';
      var page = document.createElement('div');
      page.className = 'ss-page';
      root.appendChild(page);
      A.regions = {};
      [['polite', 'status'], ['assertive', 'alert']].forEach(function(kind) {
        var region = document.createElement('div');
        region.className = 'ss-live';
        region.setAttribute('role', kind[1]);
        region.setAttribute('aria-live', kind[0]);
        root.appendChild(region);
        A.regions[kind[0]] = region;
      });
      SS.canvas.parentNode.insertBefore(root, SS.canvas.nextSibling);
      A.root = root;
      A.page = page;
      // What the canvas shows is in the mirror. The canvas keeps the focus when no
      // widget has it (after a click), so keys still reach the app; it is no tab stop.
      SS.canvas.tabIndex = -1;
      if (SS.textProxy) SS.textProxy.setAttribute('aria-hidden', 'true');
      root.addEventListener('focusin', A.onFocusIn);
      root.addEventListener('click', A.onClick);
      root.addEventListener('keydown', A.forwardKey);
      root.addEventListener('keyup', A.forwardKey);
      // The key's release may land elsewhere (the element it pressed went away).
      window.addEventListener('keyup', function() { A.keyDown = false; }, true);
      // Focus lost to the page itself (its element went away or was hidden): the keys
      // are still the app's.
      ['keydown', 'keyup'].forEach(function(type) {
        document.addEventListener(type, function(e) {
          if (e.target !== document.body) return;
          A.forwardKey(e);
          if (type === 'keydown') A.focusQuietly(SS.canvas);
        });
      });
    },

    // The tree as it is built: consecutive bullets become one list, a list's children
    // become list items; every node gets its box in canvas pixels (a group: its
    // children's).
    shape: function(nodes) {
      var out = [];
      nodes.forEach(function(n) {
        if (n.c) n.c = SS_a11y.shape(n.c);
        if (n.r === 'list') {
          n.c = n.c.map(function(child) {
            return child.r === 'listitem' ? child : {k: child.k + '.li', r: 'listitem', c: [child]};
          });
        }
        if (n.r === 'bullet') {
          var last = out[out.length - 1];
          if (!last || last.r !== 'bullets') out.push(last = {k: n.k + '.ul', r: 'bullets', c: []});
          last.c.push(n);
          return;
        }
        out.push(n);
      });
      return out;
    },
    measure: function(n) {
      (n.c || []).forEach(SS_a11y.measure);
      if (n.x !== undefined) { n.box = {x: n.x, y: n.y, w: n.w, h: n.h}; return; }
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      (n.c || []).forEach(function(child) {
        var b = child.box;
        if (!b) return;
        x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y);
        x1 = Math.max(x1, b.x + b.w); y1 = Math.max(y1, b.y + b.h);
      });
      n.box = x0 === Infinity ? {x: 0, y: 0, w: 0, h: 0} : {x: x0, y: y0, w: x1 - x0, h: y1 - y0};
    },

    // Element kind per role: [tag, ARIA role or null].
    kinds: {
      button: ['button', null], checkbox: ['input', null], radio: ['input', null],
      textbox: ['div', 'textbox'], figure: ['div', 'figure'], paragraph: ['p', null],
      bullets: ['ul', null], bullet: ['li', null], cell: ['div', 'cell'], rowheader: ['div', 'rowheader'],
      columnheader: ['div', 'columnheader'], progressbar: ['div', 'progressbar'], main: ['main', null],
      navigation: ['nav', null], dialog: ['div', 'dialog'], group: ['div', 'group'],
      radiogroup: ['div', 'radiogroup'], togglegroup: ['div', 'group'], list: ['div', 'list'],
      listitem: ['div', 'listitem'], table: ['div', 'table'], row: ['div', 'row'],
    },
    kindOf: function(n) {
      if (n.r === 'heading') return ['h' + Math.min(6, Math.max(1, n.lv || 2)), null];
      return SS_a11y.kinds[n.r] || ['div', null];
    },

    attr: function(el, name, value) {
      if (value === null || value === undefined || value === false) {
        if (el.hasAttribute(name)) el.removeAttribute(name);
      } else if (el.getAttribute(name) !== String(value)) {
        el.setAttribute(name, String(value));
      }
    },
    text: function(el, value) { if (el.textContent !== value) el.textContent = value; },

    element: function(n) {
      var kind = SS_a11y.kindOf(n);
      var sig = kind[0] + '/' + kind[1] + '/' + n.r;
      var el = SS_a11y.byKey[n.k];
      if (el && el._sig === sig) return el;
      el = document.createElement(kind[0]);
      el._sig = sig;
      el.id = 'ss-' + n.k;
      if (kind[1]) el.setAttribute('role', kind[1]);
      if (n.r === 'checkbox' || n.r === 'radio') el.type = n.r;
      if (n.r === 'button') el.type = 'button';
      return el;
    },

    // Writes what differs from what the element shows.
    apply: function(el, n, origin, group) {
      var A = SS_a11y, r = SS.ratio || 1, b = n.box;
      var px = function(v) { return (Math.round(v / r * 100) / 100) + 'px'; };
      var pos = 'left:' + px(b.x - origin.x) + ';top:' + px(b.y - origin.y) + ';width:' + px(b.w) + ';height:' + px(b.h);
      if (el._pos !== pos) {
        el._pos = pos;
        el.style.cssText = pos;  // one write (a CSSOM change, which the page's CSP allows)
      }
      var name = n.t || '';
      var contentNamed = /^(button|heading|paragraph|bullet|cell|rowheader|columnheader)$/.test(n.r) && !n.c;
      if (contentNamed) A.text(el, name);
      A.attr(el, 'aria-label', !contentNamed && name ? name : null);
      A.attr(el, 'data-item', n.i || null);
      A.attr(el, 'data-id', n.id || null);
      var focusable = n.i && el.tagName !== 'BUTTON' && el.tagName !== 'INPUT';
      A.attr(el, 'tabindex', focusable ? 0 : n.r === 'dialog' ? -1 : null);
      A.attr(el, 'title', n.d || null);
      A.attr(el, 'aria-describedby', n.db ? n.db.map(function(k) { return 'ss-' + k; }).join(' ') : null);
      A.attr(el, 'aria-pressed', n.pr === undefined ? null : String(n.pr));
      A.attr(el, 'aria-expanded', n.ex === undefined ? null : String(n.ex));
      A.attr(el, 'aria-disabled', n.dis ? 'true' : null);
      A.attr(el, 'aria-current', n.cur ? 'page' : null);
      if (n.r === 'checkbox' || n.r === 'radio') {
        if (el.checked !== (n.ck === true)) el.checked = n.ck === true;
        if (n.r === 'checkbox' && el.indeterminate !== (n.ck === 'mixed')) el.indeterminate = n.ck === 'mixed';
        if (n.r === 'radio') A.attr(el, 'name', group || null);
      }
      if (n.r === 'textbox') {
        A.attr(el, 'aria-multiline', n.ml ? 'true' : null);
        A.text(el, n.v || '');
      }
      if (n.r === 'progressbar') {
        A.attr(el, 'aria-valuemin', 0);
        A.attr(el, 'aria-valuemax', n.mx || 0);
        A.attr(el, 'aria-valuenow', n.lv || 0);
        A.attr(el, 'aria-valuetext', n.v || null);
      }
      if (n.r === 'dialog') A.attr(el, 'aria-modal', 'true');
    },

    // Makes parent's children the elements of these nodes, in order, reusing elements
    // by key. Elements no longer wanted go first, so the ones kept stay where they are
    // unless the order really changed.
    build: function(parent, nodes, origin, group, keys) {
      var A = SS_a11y;
      var els = nodes.map(function(n) {
        var el = A.element(n);
        A.apply(el, n, origin, group);
        keys[n.k] = el;
        if (n.i) A.byItem[n.i] = el;
        if (n.c) A.build(el, n.c, n.box, n.r === 'radiogroup' ? 'ss-' + n.k : group, keys);
        return el;
      });
      var wanted = new Set(els);
      for (var child = parent.firstChild; child;) {
        var next = child.nextSibling;
        if (!wanted.has(child)) parent.removeChild(child);
        child = next;
      }
      var ref = parent.firstChild;
      els.forEach(function(el) {
        if (el !== ref) parent.insertBefore(el, ref);
        else ref = ref.nextSibling;
      });
    },

    update: function(tree) {
      var A = SS_a11y;
      if (!A.root) A.install();
      var nodes = A.shape(tree);
      nodes.forEach(A.measure);
      var keys = {};
      A.byItem = {};
      A.build(A.page, nodes, {x: 0, y: 0}, null, keys);
      A.byKey = keys;
      A.shutOutsideDialog(nodes);
      A.announce(nodes);
    },

    // A dialog is modal: the page behind it is inert (not read, not focusable).
    shutOutsideDialog: function(nodes) {
      var A = SS_a11y, dialog = null;
      nodes.forEach(function(n) { if (n.r === 'dialog') dialog = n; });
      nodes.forEach(function(n) { A.attr(A.byKey[n.k], 'inert', dialog && n !== dialog ? '' : null); });
      var key = dialog ? dialog.k : null;
      if (key !== A.dialogKey && dialog) A.dialogOpened = true;
      A.dialogKey = key;
    },

    // ---------------------------------------------------------------------------
    // [SECTION] One focus: ImGui's and the DOM's
    // ---------------------------------------------------------------------------
    // Called after every update and focus report from C++.
    follow: function() {
      var A = SS_a11y, active = document.activeElement;
      var el = A.focused ? A.byItem[A.focused] : null;
      if (el && el.closest('[inert]')) el = null;
      if (A.edited && active === SS.textProxy) return;  // typing goes to the text proxy
      if (!el && A.dialogOpened) el = A.byKey[A.dialogKey];  // a new dialog is announced
      A.dialogOpened = false;
      if (el) {
        if (active !== el) A.focusQuietly(el);
      } else if (!active || active === document.body) {
        A.focusQuietly(SS.canvas);  // keys must keep reaching the app
      }
    },
    focusQuietly: function(el) {
      SS_a11y.syncing = true;
      try { el.focus({preventScroll: true}); } finally { SS_a11y.syncing = false; }
    },
    onFocusIn: function(e) {
      var A = SS_a11y;
      if (A.syncing) return;
      var item = Number(e.target.getAttribute('data-item'));
      if (item) _ss_on_a11y_focus(item);
    },
    // While a field is edited, the hidden text proxy (keyboard section of
    // library_skillscope.js) has the focus: it carries the field's name, and its
    // description is the field's text, so a screen reader says what is being edited.
    labelProxy: function() {
      var A = SS_a11y, ta = SS.textProxy;
      if (!ta) return;
      var field = A.edited ? A.byItem[A.edited] : null;
      A.attr(ta, 'aria-hidden', field ? null : 'true');
      if (!field) return;
      A.attr(ta, 'aria-label', field.getAttribute('aria-label'));
      A.attr(ta, 'aria-describedby', field.id);
    },

    // ---------------------------------------------------------------------------
    // [SECTION] Keys and activation
    // ---------------------------------------------------------------------------
    // Keys on an element are the app's, as on the canvas; except Tab on the last (or
    // Shift+Tab on the first) element, which leaves the page as it would any page.
    forwardKey: function(e) {
      var A = SS_a11y;
      if (e.type === 'keydown' && e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && A.tabLeaves(e)) return;
      var copy = new KeyboardEvent(e.type, {
        key: e.key, code: e.code, location: e.location, repeat: e.repeat, isComposing: e.isComposing,
        ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey, bubbles: false, cancelable: true,
      });
      SS.canvas.dispatchEvent(copy);
      if (copy.defaultPrevented) e.preventDefault();
      if (e.key === 'Enter' || e.key === ' ') {
        // The app acts on the key; the element's own click for it must not act again.
        A.keyDown = e.type === 'keydown';
        e.preventDefault();
      }
    },
    tabLeaves: function(e) {
      var stops = Array.prototype.filter.call(SS_a11y.page.querySelectorAll('[data-item]'), function(el) {
        return !el.closest('[inert]') && (el.tabIndex >= 0);
      });
      if (!stops.length) return false;
      return e.target === (e.shiftKey ? stops[0] : stops[stops.length - 1]);
    },
    // A click no key made: a screen reader's "activate" (the pointer never reaches the
    // mirror). The app decides what it does; a checkbox's own toggle is undone.
    onClick: function(e) {
      var el = e.target.closest && e.target.closest('[data-item]');
      if (!el) return;
      e.preventDefault();
      if (SS_a11y.keyDown) return;
      _ss_on_a11y_press(Number(el.getAttribute('data-item')));
    },

    // ---------------------------------------------------------------------------
    // [SECTION] Announcements (live regions)
    // ---------------------------------------------------------------------------
    // Texts marked live (notices, save problems, copy and share messages) are said
    // when they appear or change: their words go to a polite or an assertive region
    // that is always in the page (a region that appears with its words is not read).
    announce: function(nodes) {
      var A = SS_a11y, shown = {}, said = {polite: [], assertive: []};
      var words = function(n) {
        if (!n.c) return n.r === 'button' ? '' : (n.t || '');
        return n.c.map(words).filter(function(w) { return w; }).join('. ');
      };
      var visit = function(n) {
        if (n.live) {
          var text = words(n);
          shown[n.k] = text;
          if (text && A.liveShown[n.k] !== text) said[n.live].push(text);
        }
        (n.c || []).forEach(visit);
      };
      nodes.forEach(visit);
      A.liveShown = shown;
      ['polite', 'assertive'].forEach(function(kind) {
        if (!said[kind].length) return;
        var region = A.regions[kind], text = said[kind].join('. ');
        if (region.textContent !== text) { region.textContent = text; return; }
        // The same words again: empty the region first, or nothing changes to be read.
        region.textContent = '';
        setTimeout(function() { region.textContent = text; }, 60);
      });
    },

    moreContrast: function() {
      if (!window.matchMedia) return false;
      return window.matchMedia('(prefers-contrast: more)').matches || window.matchMedia('(forced-colors: active)').matches;
    },
  },

  // ---------------------------------------------------------------------------
  // [SECTION] Calls from C++
  // ---------------------------------------------------------------------------
  ss_js_a11y_update__deps: ['$SS_a11y'],
  ss_js_a11y_update: function(treePtr) {
    SS_a11y.update(JSON.parse(UTF8ToString(treePtr)));
  },

  // After every tree, and whenever ImGui's focus or the edited field changes.
  ss_js_a11y_focus__deps: ['$SS_a11y'],
  ss_js_a11y_focus: function(focused, edited) {
    if (!SS_a11y.root) SS_a11y.install();
    SS_a11y.focused = focused >>> 0;  // ImGui ids are unsigned; wasm hands them over signed
    SS_a11y.edited = edited >>> 0;
    SS_a11y.labelProxy();
    SS_a11y.follow();
  },

  ss_js_prefers_more_contrast__deps: ['$SS_a11y'],
  ss_js_prefers_more_contrast: function() { return SS_a11y.moreContrast() ? 1 : 0; },

  ss_js_watch_contrast__deps: ['$SS_a11y'],
  ss_js_watch_contrast: function() {
    if (!window.matchMedia) return;
    ['(prefers-contrast: more)', '(forced-colors: active)'].forEach(function(q) {
      var query = window.matchMedia(q);
      var changed = function() { _ss_on_contrast(SS_a11y.moreContrast() ? 1 : 0); };
      if (query.addEventListener) query.addEventListener('change', changed);
      else if (query.addListener) query.addListener(changed);
    });
  },
});
