// The browser edge of skillscope: every DOM API the C++ side uses, in one place.
//
// Sections
//   [SECTION] Start-up: canvas sizing, event listeners, the test hook
//   [SECTION] Pointer input (mouse, pen, touch gestures)
//   [SECTION] Keyboard, text, clipboard
//   [SECTION] Calls from C++ (cursor, clipboard, bundled files, preferences, time)
//   [SECTION] localStorage
//   [SECTION] IndexedDB: frameworks and people's profiles (web_database.cpp)
//   [SECTION] The address and history: Back and Forward by key, mouse and swipe
//   [SECTION] Share links, other tabs, updates
//   [SECTION] Files: choose, drop, download
//   [SECTION] A linked backup file (web_linked_file.cpp)
//
// C++ -> JS: the ss_js_* functions below (declared in browser_bridge.h).
// JS -> C++: the exported ss_on_* / ss_* functions (src/platform/web/exports.cpp).
// Coordinates sent to C++ are in canvas backing-store pixels (CSS px x ratio).

mergeInto(LibraryManager.library, {
  // ---------------------------------------------------------------------------
  // [SECTION] Start-up: canvas sizing, event listeners, the test hook
  // ---------------------------------------------------------------------------
  $SS__deps: ['malloc', 'free'],
  $SS: {
    canvas: null,
    ratio: 1,            // backing-store px per CSS px
    touch: null,         // the one touch being tracked (see pointer section)
    pastedText: '',
    // Hand a JS string to C++ for the duration of one call. A lone UTF-16 surrogate
    // (possible in pasted or stored text) would make stringToUTF8 swallow the next
    // character; it becomes U+FFFD instead, and every real character is kept.
    withCString: function(str, fn) {
      if (str.toWellFormed) str = str.toWellFormed();
      var len = lengthBytesUTF8(str) + 1;
      var ptr = _malloc(len);
      stringToUTF8(str, ptr, len);
      try { return fn(ptr); } finally { _free(ptr); }
    },
    wake: function() { _ss_request_frame(); },
    resize: function(deviceW, deviceH) {
      var c = SS.canvas;
      var rect = c.getBoundingClientRect();
      var dpr = window.devicePixelRatio || 1;
      var w = Math.max(1, Math.round(rect.width * dpr));
      var h = Math.max(1, Math.round(rect.height * dpr));
      // The exact device-pixel size wins when it agrees with the estimate (it differs
      // by rounding at fractional ratios); emulated ratios report CSS pixels there.
      if (deviceW && Math.abs(deviceW - rect.width * dpr) <= 1) w = deviceW;
      if (deviceH && Math.abs(deviceH - rect.height * dpr) <= 1) h = deviceH;
      if (c.width !== w) c.width = w;
      if (c.height !== h) c.height = h;
      SS.ratio = rect.width > 0 ? w / rect.width : dpr;
      _ss_on_resize(w, h, dpr);
    },
    toCanvas: function(e) {
      var rect = SS.canvas.getBoundingClientRect();
      return [(e.clientX - rect.left) * SS.ratio, (e.clientY - rect.top) * SS.ratio];
    },
  },

  ss_js_init__deps: ['$SS', '$SS_pointer', '$SS_keys', '$SS_history'],
  ss_js_init: function() {
    var c = Module['canvas'] || document.getElementById('canvas');
    SS.canvas = c;
    SS.resize();
    if (typeof ResizeObserver !== 'undefined') {
      // devicePixelContentBoxSize gives exact device pixels (crisp at fractional ratios)
      // and also fires when only the ratio changes (zoom, another monitor).
      var ro = new ResizeObserver(function(entries) {
        var e = entries[entries.length - 1];
        var dev = e.devicePixelContentBoxSize && e.devicePixelContentBoxSize[0];
        if (dev) SS.resize(dev.inlineSize, dev.blockSize); else SS.resize();
      });
      try { ro.observe(c, {box: 'device-pixel-content-box'}); } catch (err) { ro.observe(c); }
    }
    window.addEventListener('resize', function() { SS.resize(); });
    SS_pointer.install(c);
    SS_keys.install(c);
    SS_history.install(c);
    window.addEventListener('focus', function() { _ss_on_focus(1); });
    window.addEventListener('blur', function() { _ss_on_focus(0); });
    var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');
    if (dark && dark.addEventListener) dark.addEventListener('change', SS.wake);
    c.focus({preventScroll: true});

    var hook = window['skillscope'] || (window['skillscope'] = {});
    Object.defineProperty(hook, 'frames', {get: function() { return _ss_frames(); }, configurable: true});
    hook['state'] = function() { return JSON.parse(UTF8ToString(_ss_state_json())); };
    // Rectangles come in canvas pixels; tests want CSS pixels of the page.
    var toPage = function(list) {
      var rect = SS.canvas.getBoundingClientRect();
      return list.map(function(item) {
        var out = {};
        for (var k in item) out[k] = item[k];
        out.x = rect.left + item.x / SS.ratio;
        out.y = rect.top + item.y / SS.ratio;
        out.w = item.w / SS.ratio;
        out.h = item.h / SS.ratio;
        return out;
      });
    };
    hook['widgets'] = function() { return toPage(JSON.parse(UTF8ToString(_ss_widgets_json()))); };
    hook['texts'] = function() { return toPage(JSON.parse(UTF8ToString(_ss_texts_json()))); };
    hook['fonts'] = function() { return JSON.parse(UTF8ToString(_ss_fonts_json())); };
  },

  ss_js_fail: function(messagePtr) {
    if (window['skillscopeFail']) window['skillscopeFail'](UTF8ToString(messagePtr));
  },

  ss_js_first_frame__deps: ['$GL'],
  ss_js_first_frame: function() {
    var hook = window['skillscope'];
    if (hook && hook['_resolveReady']) hook['_resolveReady']();
    var status = document.getElementById('status');
    if (status) status.hidden = true;
    // Whether boot.js's program linked (see ss_js_take_program), asked once the GPU side
    // is done with the first frames, so the question does not wait. Where WebGL 2 works it
    // links; if not, nothing could be drawn, and the page says so.
    var program = Module['skillscopeTakenProgram'];
    delete Module['skillscopeTakenProgram'];
    if (program) setTimeout(function() {
      if (GLctx.isContextLost() || GLctx.getProgramParameter(program, 0x8B82 /* GL_LINK_STATUS */)) return;
      if (window['skillscopeFail'])
        window['skillscopeFail']('WebGL 2 could not build the app\'s drawing program here (' +
                                 (GLctx.getProgramInfoLog(program) || 'no reason given') + ').');
    }, 500);
  },

  // ---------------------------------------------------------------------------
  // [SECTION] Pointer input (mouse, pen, touch gestures)
  // ---------------------------------------------------------------------------
  // Mouse and pen map straight to ImGui's mouse. A finger is classified first:
  //   tap (lifted before moving 10 CSS px)   -> press + release, one frame apart
  //   drag (moved 10 CSS px or more)         -> scrolls what is under it, no click
  //   long press (held 450 ms without moving) -> press, then moves like a mouse drag
  // Emscripten 3.1.6 would otherwise turn a tap into a double click and ignore drags.
  $SS_pointer__deps: ['$SS', '$SS_history'],
  $SS_pointer: {
    buttonOf: function(e) { return e.button === 1 ? 2 : e.button === 2 ? 1 : e.button; },
    install: function(c) {
      var P = SS_pointer;
      c.addEventListener('contextmenu', function(e) { e.preventDefault(); });
      c.addEventListener('pointerdown', function(e) {
        c.focus({preventScroll: true});
        if (e.pointerType === 'touch') { P.touchDown(e); return; }
        try { c.setPointerCapture(e.pointerId); } catch (err) {}
        var p = SS.toCanvas(e);
        _ss_on_pointer_move(p[0], p[1]);
        _ss_on_pointer_button(P.buttonOf(e), 1);
        e.preventDefault();
      });
      c.addEventListener('pointermove', function(e) {
        if (e.pointerType === 'touch') { P.touchMove(e); return; }
        var events = e.getCoalescedEvents ? e.getCoalescedEvents() : [];
        var last = events.length ? events[events.length - 1] : e;
        var p = SS.toCanvas(last);
        _ss_on_pointer_move(p[0], p[1]);
      });
      var up = function(e) {
        if (e.pointerType === 'touch') { P.touchUp(e, e.type === 'pointercancel'); return; }
        var p = SS.toCanvas(e);
        _ss_on_pointer_move(p[0], p[1]);
        _ss_on_pointer_button(P.buttonOf(e), 0);
      };
      c.addEventListener('pointerup', up);
      c.addEventListener('pointercancel', up);
      c.addEventListener('pointerleave', function(e) {
        if (e.pointerType !== 'touch' && e.buttons === 0) _ss_on_pointer_leave();
      });
      c.addEventListener('wheel', function(e) {
        e.preventDefault();
        // Normalise to CSS pixels; C++ turns pixels into ImGui wheel steps.
        var k = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? SS.canvas.clientHeight : 1;
        var p = SS.toCanvas(e);
        _ss_on_pointer_move(p[0], p[1]);
        _ss_on_wheel(e.deltaX * k, e.deltaY * k);
      }, {passive: false});
    },
    touchDown: function(e) {
      if (SS.touch) return;  // a second finger is ignored
      var p = SS.toCanvas(e);
      var t = {id: e.pointerId, x: e.clientX, y: e.clientY, lastY: e.clientY, lastX: e.clientX,
               mode: 'pending', timer: 0, start: performance.now()};
      SS.touch = t;
      _ss_on_pointer_move(p[0], p[1]);
      t.timer = setTimeout(function() {
        if (SS.touch === t && t.mode === 'pending') { t.mode = 'press'; _ss_on_pointer_button(0, 1); }
      }, 450);
      e.preventDefault();
    },
    touchMove: function(e) {
      var t = SS.touch;
      if (!t || t.id !== e.pointerId) return;
      if (t.mode === 'pending' && Math.hypot(e.clientX - t.x, e.clientY - t.y) >= 10) {
        t.mode = 'scroll';
        clearTimeout(t.timer);
      }
      if (t.mode === 'scroll') {
        _ss_on_wheel(t.lastX - e.clientX, t.lastY - e.clientY);
      } else if (t.mode === 'press') {
        var p = SS.toCanvas(e);
        _ss_on_pointer_move(p[0], p[1]);
      }
      t.lastX = e.clientX; t.lastY = e.clientY;
      e.preventDefault();
    },
    touchUp: function(e, cancelled) {
      var t = SS.touch;
      if (!t || t.id !== e.pointerId) return;
      clearTimeout(t.timer);
      SS.touch = null;
      if (t.mode === 'scroll' && !cancelled) SS_history.swipe(t, e);
      if (t.mode === 'pending' && !cancelled) {
        _ss_on_pointer_button(0, 1);
        _ss_on_pointer_button(0, 0);
      } else if (t.mode === 'press') {
        _ss_on_pointer_button(0, 0);
      }
      // A finger leaves no hover behind.
      _ss_on_pointer_leave();
    },
  },

  // ---------------------------------------------------------------------------
  // [SECTION] Keyboard, text, clipboard
  // ---------------------------------------------------------------------------
  // Keys are read on the canvas (focused on load and on every press), so typing into
  // other page elements never reaches ImGui. Indices follow src/ui/keys.h.
  $SS_keys__deps: ['$SS'],
  $SS_keys: {
    named: {
      'Tab': 256, 'ArrowLeft': 257, 'ArrowRight': 258, 'ArrowUp': 259, 'ArrowDown': 260,
      'PageUp': 261, 'PageDown': 262, 'Home': 263, 'End': 264, 'Insert': 265, 'Delete': 266,
      'Backspace': 267, 'Space': 268, 'Enter': 269, 'Escape': 270, 'NumpadEnter': 271,
    },
    indexOf: function(code) {
      if (code in SS_keys.named) return SS_keys.named[code];
      var m = /^(?:Key([A-Z])|Digit([0-9])|Numpad([0-9]))$/.exec(code);
      if (!m) return -1;
      return (m[1] || m[2] || m[3]).charCodeAt(0);
    },
    // Browser shortcuts stay with the browser; editing shortcuts go to ImGui.
    keepDefault: function(e, index) {
      if (/^F[0-9]+$/.test(e.key)) return true;
      if (e.ctrlKey || e.metaKey) {
        // Copy, cut and paste must reach the browser so the clipboard events fire.
        var editing = [65, 89, 90, 257, 258, 259, 260, 263, 264, 266, 267];
        return editing.indexOf(index) < 0;
      }
      return false;
    },
    send: function(e, down) {
      var index = SS_keys.indexOf(e.code);
      _ss_on_modifiers(e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0);
      if (index >= 0) _ss_on_key(index, down ? 1 : 0);
      return index;
    },
    printable: function(e) {
      return !e.ctrlKey && !e.metaKey && e.key && Array.from(e.key).length === 1;
    },
    sendText: function(text) {
      Array.from(text || '').forEach(function(ch) {
        if (ch !== '\n' && ch !== '\r') _ss_on_char(ch.codePointAt(0));
      });
    },
    install: function(c) {
      // Keys on the canvas (no text field active): text comes with keydown, since
      // keypress is gone once the default action is prevented.
      c.addEventListener('keydown', function(e) {
        var index = SS_keys.send(e, true);
        if (!e.isComposing && SS_keys.printable(e)) _ss_on_char(e.key.codePointAt(0));
        if (!SS_keys.keepDefault(e, index)) e.preventDefault();
      });
      c.addEventListener('keyup', function(e) { SS_keys.send(e, false); });

      // While an ImGui text field is active, a hidden textarea has the focus: it brings
      // up on-screen keyboards on tablets and receives text that has no key (input
      // methods, dictation, emoji pickers) through 'input' events.
      var ta = document.createElement('textarea');
      ta.id = 'skillscope-text-input';
      ta.setAttribute('autocomplete', 'off');
      ta.setAttribute('autocapitalize', 'off');
      ta.setAttribute('spellcheck', 'false');
      ta.setAttribute('aria-label', 'Text entry for the active field');
      ta.className = 'text-input-proxy';
      document.body.appendChild(ta);
      SS.textProxy = ta;
      ta.addEventListener('keydown', function(e) {
        var index = SS_keys.send(e, true);
        // Printable keys keep their default so the 'input' event delivers the text.
        if (SS_keys.printable(e) || e.isComposing || SS_keys.keepDefault(e, index)) return;
        e.preventDefault();
      });
      ta.addEventListener('keyup', function(e) { SS_keys.send(e, false); });
      ta.addEventListener('input', function(e) {
        if (e.isComposing) return;
        SS_keys.sendText(ta.value);
        ta.value = '';
      });
      ta.addEventListener('compositionend', function(e) {
        SS_keys.sendText(e.data);
        ta.value = '';
      });
      document.addEventListener('paste', function(e) {
        var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
        SS.withCString(text, function(ptr) { _ss_on_paste(ptr); });
        e.preventDefault();
      });
    },
  },

  // ---------------------------------------------------------------------------
  // [SECTION] Calls from C++ (cursor, clipboard, bundled files, preferences, time)
  // ---------------------------------------------------------------------------
  ss_js_set_cursor__deps: ['$SS'],
  ss_js_set_cursor: function(cursor) {
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize',
                 'pointer', 'not-allowed'];
    var css = cursor < 0 ? 'none' : (names[cursor] || 'default');
    if (SS.canvas && SS.canvas.style.cursor !== css) SS.canvas.style.cursor = css;
  },

  // An ImGui text field became active (1) or inactive (0); x, y: its caret in canvas pixels.
  ss_js_set_text_input__deps: ['$SS'],
  ss_js_set_text_input: function(active, x, y) {
    var ta = SS.textProxy;
    if (!ta) return;
    if (active) {
      var rect = SS.canvas.getBoundingClientRect();
      ta.style.left = (rect.left + x / SS.ratio) + 'px';
      ta.style.top = (rect.top + y / SS.ratio) + 'px';
      if (document.activeElement !== ta) ta.focus({preventScroll: true});
    } else if (document.activeElement === ta) {
      ta.value = '';
      SS.canvas.focus({preventScroll: true});
    }
  },

  ss_js_set_clipboard: function(textPtr) {
    var text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function() {});
    }
  },

  // web/boot.js compiled the renderer's program while the app downloaded. Taken once,
  // and entered in Emscripten's table as its glCreateProgram and glLinkProgram would
  // (library_webgl.js of 3.1.6), so every later GL call sees an ordinary program.
  ss_js_take_program__deps: ['$GL'],
  ss_js_take_program: function() {
    var program = Module['skillscopeProgram'];
    delete Module['skillscopeProgram'];
    if (!program || !GLctx) return 0;
    // Not asked whether it linked: the answer waits for the GPU side to finish the link.
    // ss_js_first_frame asks later.
    Module['skillscopeTakenProgram'] = program;
    var id = GL.getNewId(GL.programs);
    program.name = id;
    program.maxUniformLength = program.maxAttributeLength = program.maxUniformBlockNameLength = 0;
    program.uniformIdCounter = 1;
    program.uniformLocsById = 0;
    program.uniformSizeAndIdsByName = {};
    GL.programs[id] = program;
    return id;
  },

  // Bundled files were fetched by web/boot.js into Module.skillscopeFiles.
  // Returns a malloc'd buffer the caller frees, or 0; *sizeOut gets the length.
  ss_js_take_bundled_file: function(namePtr, sizeOut) {
    var files = Module['skillscopeFiles'] || {};
    var name = UTF8ToString(namePtr);
    var bytes = files[name];
    if (!bytes) { HEAP32[sizeOut >> 2] = 0; return 0; }
    delete files[name];
    var ptr = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, ptr);
    HEAP32[sizeOut >> 2] = bytes.length;
    return ptr;
  },

  // Fetches a file of the bundle that is not preloaded (font pieces), through the service
  // worker when there is one (it keeps the file for offline use). The bytes go to
  // ss_on_fetched and are freed right after the call.
  ss_js_fetch__deps: ['malloc', 'free'],
  ss_js_fetch: function(id, pathPtr) {
    var path = UTF8ToString(pathPtr);
    fetch(path).then(function(r) {
      if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function(buf) {
      var bytes = new Uint8Array(buf);
      var ptr = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, ptr);
      try { _ss_on_fetched(id, 1, ptr, bytes.length); } finally { _free(ptr); }
    }, function(e) {
      console.warn('skillscope: ' + (e && e.message || e));
      _ss_on_fetched(id, 0, 0, 0);
    });
  },

  // Names of bundled files starting with prefix, '\n'-separated, malloc'd.
  ss_js_bundled_file_names__deps: ['$SS'],
  ss_js_bundled_file_names: function(prefixPtr) {
    var prefix = UTF8ToString(prefixPtr);
    var names = Object.keys(Module['skillscopeFiles'] || {}).filter(function(n) {
      return n.indexOf(prefix) === 0;
    }).sort();
    var text = names.join('\n');
    var len = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(len);
    stringToUTF8(text, ptr, len);
    return ptr;
  },

  ss_js_browser_languages__deps: ['malloc'],
  ss_js_browser_languages: function() {
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    var text = Array.prototype.join.call(list, '\n');
    var len = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(len);
    stringToUTF8(text, ptr, len);
    return ptr;
  },

  ss_js_set_page_language: function(codePtr) {
    document.documentElement.lang = UTF8ToString(codePtr);
  },

  ss_js_prefers_dark: function() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },

  ss_js_now_iso: function(buf, size) {
    stringToUTF8(new Date().toISOString().replace(/\.\d+Z$/, 'Z'), buf, size);
  },

  ss_js_random_hex: function(buf, digits) {
    var bytes = new Uint8Array(Math.ceil(digits / 2));
    crypto.getRandomValues(bytes);
    var hex = Array.from(bytes, function(b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
    stringToUTF8(hex.slice(0, digits), buf, digits + 1);
  },

  // ---------------------------------------------------------------------------
  // [SECTION] localStorage
  // ---------------------------------------------------------------------------
  // Every access is guarded: storage may be disabled (private modes, policies) or full.
  $SS_storage: {
    get: function() {
      try { return window.localStorage; } catch (e) { return null; }
    },
  },
  ss_js_storage_available__deps: ['$SS_storage'],
  ss_js_storage_available: function() {
    var ls = SS_storage.get();
    if (!ls) return 0;
    try {
      ls.setItem('skillscope.probe', '1');
      ls.removeItem('skillscope.probe');
      return 1;
    } catch (e) {
      // A full store still reads; only a store that refuses even tiny writes counts as unavailable.
      return (e && (e.name === 'QuotaExceededError' || e.code === 22)) ? 1 : 0;
    }
  },
  // Returns a malloc'd UTF-8 copy (caller frees) or 0 when the key is absent.
  ss_js_storage_get__deps: ['$SS_storage', 'malloc'],
  // The value's length goes to *sizePtr: a stored value may hold U+0000, which must
  // reach the reader (and be refused there), not end the text early.
  //
  // A long, well-formed value (a stored framework is megabytes) goes through the
  // browser's own encoder: Emscripten's JS loops spent ~100 ms on 4 MB. A value with a
  // lone surrogate keeps Emscripten's encoding, so the reader still refuses it by name
  // instead of seeing U+FFFD.
  ss_js_storage_get: function(keyPtr, sizePtr) {
    var ls = SS_storage.get();
    if (!ls) return 0;
    var value;
    try { value = ls.getItem(UTF8ToString(keyPtr)); } catch (e) { return 0; }
    if (value === null) return 0;
    var ptr;
    if (value.length > 4096 && typeof value.isWellFormed === 'function' && value.isWellFormed()) {
      var bytes = new TextEncoder().encode(value);
      ptr = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, ptr);
      HEAPU8[ptr + bytes.length] = 0;
      HEAP32[sizePtr >> 2] = bytes.length;
      return ptr;
    }
    var len = lengthBytesUTF8(value) + 1;
    ptr = _malloc(len);
    stringToUTF8(value, ptr, len);
    HEAP32[sizePtr >> 2] = len - 1;
    return ptr;
  },
  // 0 ok, 1 quota exceeded, 2 unavailable.
  // The value comes with its length and goes through the browser's own decoder:
  // UTF8ToString looks for the end of a string byte by byte in JS, ~40 ms for 4 MB.
  ss_js_storage_set__deps: ['$SS_storage'],
  ss_js_storage_set: function(keyPtr, valuePtr, valueLength) {
    var ls = SS_storage.get();
    if (!ls) return 2;
    try {
      var value = new TextDecoder().decode(HEAPU8.subarray(valuePtr, valuePtr + valueLength));
      ls.setItem(UTF8ToString(keyPtr), value);
      return 0;
    } catch (e) {
      return (e && (e.name === 'QuotaExceededError' || e.code === 22)) ? 1 : 2;
    }
  },
  ss_js_storage_remove__deps: ['$SS_storage'],
  ss_js_storage_remove: function(keyPtr) {
    var ls = SS_storage.get();
    if (ls) try { ls.removeItem(UTF8ToString(keyPtr)); } catch (e) {}
  },
  // Keys with the prefix, '\n'-separated, malloc'd.
  ss_js_storage_keys__deps: ['$SS_storage', 'malloc'],
  ss_js_storage_keys: function(prefixPtr) {
    var ls = SS_storage.get();
    var prefix = UTF8ToString(prefixPtr);
    var keys = [];
    if (ls) {
      try {
        for (var i = 0; i < ls.length; i++) {
          var k = ls.key(i);
          if (k !== null && k.indexOf(prefix) === 0 && k.indexOf('\n') < 0) keys.push(k);
        }
      } catch (e) {}
    }
    keys.sort();
    var text = keys.join('\n');
    var len = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(len);
    stringToUTF8(text, ptr, len);
    return ptr;
  },

  // ---------------------------------------------------------------------------
  // [SECTION] IndexedDB: frameworks and people's profiles (web_database.cpp)
  // ---------------------------------------------------------------------------
  // One database "skillscope" with one object store "items": key -> the value's UTF-8
  // bytes (a Uint8Array, so a 4 MB framework is copied into wasm memory, never decoded
  // into a JS string). Other tabs hear of each durable write on a BroadcastChannel, the
  // way localStorage's 'storage' event tells them of its own. A deletion of the database
  // (another page's deleteDatabase, the person clearing site data) closes this tab's
  // connection and is told as ss_on_db_closed.
  $SS_db__deps: ['$SS', 'malloc', 'free'],
  $SS_db: {
    db: null,
    channel: null,
    // Hands bytes to C++ for one call.
    withBytes: function(bytes, fn) {
      var ptr = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, ptr);
      try { return fn(ptr, bytes.length); } finally { _free(ptr); }
    },
    statusOf: function(error) {
      return error && error.name === 'QuotaExceededError' ? 1 : 2;
    },
    closed: function(db) {
      if (SS_db.db !== db) return;
      SS_db.db = null;
      try { db.close(); } catch (e) {}
      _ss_on_db_closed();
    },
    listen: function() {
      if (SS_db.channel || typeof BroadcastChannel !== 'function') return;
      SS_db.channel = new BroadcastChannel('skillscope.database');
      SS_db.channel.onmessage = function(e) {
        var m = e.data;
        if (!SS_db.db || !m || typeof m.key !== 'string') return;
        SS.withCString(m.key, function(keyPtr) {
          if (m.value instanceof Uint8Array) {
            SS_db.withBytes(m.value, function(ptr, len) { _ss_on_db_change(keyPtr, 1, ptr, len); });
          } else {
            _ss_on_db_change(keyPtr, 0, 0, 0);
          }
        });
      };
    },
    tell: function(key, value) {
      if (SS_db.channel) SS_db.channel.postMessage({key: key, value: value});
    },
    // One write in its own transaction; answered once it is durable, and told to the
    // other tabs then.
    write: function(id, key, change, value) {
      var db = SS_db.db;
      if (!db) { _ss_on_db_done(id, 2); return; }
      var tx;
      try {
        tx = db.transaction('items', 'readwrite');
        change(tx.objectStore('items'));
      } catch (e) { _ss_on_db_done(id, SS_db.statusOf(e)); return; }
      tx.oncomplete = function() { SS_db.tell(key, value); _ss_on_db_done(id, 0); };
      tx.onabort = function() { _ss_on_db_done(id, SS_db.statusOf(tx.error)); };
    },
  },
  ss_js_db_open__deps: ['$SS', '$SS_db'],
  ss_js_db_open: function(id) {
    var fail = function(error) {
      var message = (error && (error.message || error.name)) || 'IndexedDB is not available';
      SS.withCString(String(message), function(ptr) { _ss_on_db_open_end(id, 0, ptr); });
    };
    var request;
    try { request = indexedDB.open('skillscope', 1); } catch (e) { fail(e); return; }
    request.onupgradeneeded = function() { request.result.createObjectStore('items'); };
    request.onerror = function() { fail(request.error); };
    request.onblocked = function() { fail({message: 'Another tab holds an older version of the database open.'}); };
    request.onsuccess = function() {
      var db = request.result;
      db.onversionchange = function() { SS_db.closed(db); };
      db.onclose = function() { SS_db.closed(db); };
      var items = db.transaction('items', 'readonly').objectStore('items');
      var keys = items.getAllKeys(), values = items.getAll();
      values.onerror = function() { fail(values.error); };
      values.onsuccess = function() {
        SS_db.db = db;
        SS_db.listen();
        for (var i = 0; i < keys.result.length; i++) {
          var key = keys.result[i], value = values.result[i];
          if (typeof key !== 'string' || !(value instanceof Uint8Array)) continue;
          SS.withCString(key, function(keyPtr) {
            SS_db.withBytes(value, function(ptr, len) { _ss_on_db_item(id, keyPtr, ptr, len); });
          });
        }
        _ss_on_db_open_end(id, 1, 0);
      };
    };
  },
  ss_js_db_put__deps: ['$SS_db'],
  ss_js_db_put: function(id, keyPtr, valuePtr, length) {
    var key = UTF8ToString(keyPtr);
    var value = HEAPU8.slice(valuePtr, valuePtr + length);  // a copy: wasm memory may grow
    SS_db.write(id, key, function(store) { store.put(value, key); }, value);
  },
  ss_js_db_remove__deps: ['$SS_db'],
  ss_js_db_remove: function(id, keyPtr) {
    var key = UTF8ToString(keyPtr);
    SS_db.write(id, key, function(store) { store['delete'](key); }, null);
  },
  ss_js_storage_estimate: function(id) {
    var s = navigator.storage;
    if (!s || !s.estimate) { _ss_on_storage_estimate(id, 0, 0, 0, 0); return; }
    Promise.all([s.estimate(), s.persisted ? s.persisted() : false]).then(function(r) {
      _ss_on_storage_estimate(id, 1, r[0].usage || 0, r[0].quota || 0, r[1] ? 1 : 0);
    }, function() { _ss_on_storage_estimate(id, 0, 0, 0, 0); });
  },
  ss_js_storage_persist: function(id) {
    var s = navigator.storage;
    if (!s || !s.persist) { _ss_on_storage_persist(id, 0); return; }
    s.persist().then(function(granted) { _ss_on_storage_persist(id, granted ? 1 : 0); },
                     function() { _ss_on_storage_persist(id, 0); });
  },

  // ---------------------------------------------------------------------------
  // [SECTION] The address and history: Back and Forward by key, mouse and swipe
  // ---------------------------------------------------------------------------
  // The app keeps where the person is in the fragment ("#/p/<id>/skill/sfia/ITOP") and
  // adds a history entry per screen. Back and Forward (the browser's buttons, Alt+Left
  // and Alt+Right, the mouse's side buttons, a sideways swipe) move through them; the
  // app hears of it through ss_on_address_change.
  $SS_history__deps: ['$SS'],
  $SS_history: {
    // The fragment the app last set: its own change is not reported back.
    shown: null,
    fragment: function() { return (location.hash || '').replace(/^#/, ''); },
    go: function(steps) { history.go(steps); },
    install: function(c) {
      var H = SS_history;
      // Capture phase, before the canvas's own key handling: the keys are navigation
      // here, not arrows for ImGui. Handled in the page, so the browser does not also
      // go back (it would go back twice).
      window.addEventListener('keydown', function(e) {
        if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        e.stopPropagation();
        H.go(e.key === 'ArrowLeft' ? -1 : 1);
      }, true);
      // The mouse's back (3) and forward (4) buttons.
      c.addEventListener('mouseup', function(e) {
        if (e.button !== 3 && e.button !== 4) return;
        e.preventDefault();
        H.go(e.button === 3 ? -1 : 1);
      });
    },
    // A quick sideways swipe across most of the canvas: right goes back, left forward.
    swipe: function(t, e) {
      var dx = e.clientX - t.x, dy = e.clientY - t.y;
      var wide = SS.canvas.clientWidth * 0.35;
      if (Math.abs(dx) < wide || Math.abs(dy) > Math.abs(dx) * 0.5) return;
      if (performance.now() - t.start > 700) return;
      SS_history.go(dx > 0 ? -1 : 1);
    },
  },
  ss_js_fragment__deps: ['$SS_history', 'malloc'],
  ss_js_fragment: function() {
    var text = SS_history.fragment();
    var len = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(len);
    stringToUTF8(text, ptr, len);
    return ptr;
  },
  ss_js_set_fragment__deps: ['$SS_history'],
  ss_js_set_fragment: function(fragmentPtr, push) {
    var fragment = UTF8ToString(fragmentPtr);
    SS_history.shown = fragment;
    var url = location.pathname + location.search + '#' + fragment;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  },
  ss_js_history_back__deps: ['$SS_history'],
  ss_js_history_back: function() { SS_history.go(-1); },
  ss_js_watch_address__deps: ['$SS', '$SS_history'],
  ss_js_watch_address: function() {
    // popstate: Back and Forward; hashchange: the person edited the address.
    var changed = function() {
      var fragment = SS_history.fragment();
      if (fragment === SS_history.shown) return;
      SS_history.shown = fragment;
      SS.withCString(fragment, function(ptr) { _ss_on_address_change(ptr); });
    };
    window.addEventListener('popstate', changed);
    window.addEventListener('hashchange', changed);
  },
  ss_js_watch_color_scheme: function() {
    if (!window.matchMedia) return;
    var query = window.matchMedia('(prefers-color-scheme: dark)');
    var changed = function() { _ss_on_color_scheme(query.matches ? 1 : 0); };
    if (query.addEventListener) query.addEventListener('change', changed);
    else if (query.addListener) query.addListener(changed);
  },

  // ---------------------------------------------------------------------------
  // [SECTION] Share links, other tabs, updates
  // ---------------------------------------------------------------------------
  // Making a link: compression is asynchronous, the result goes back through
  // ss_on_text(request, ok, text). Reading one is core C++ (core/profile/share_link.h), bounded
  // and strict, so the page only hands over the address.
  $SS_link__deps: ['$SS'],
  $SS_link: {
    toBase64Url: function(bytes) {
      var s = '';
      for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    },
    pipe: function(bytes, stream) {
      return new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer()
          .then(function(buf) { return new Uint8Array(buf); });
    },
    reply: function(id, ok, text) {
      SS.withCString(text, function(ptr) { _ss_on_text(id, ok ? 1 : 0, ptr); });
    },
  },
  ss_js_make_share_link__deps: ['$SS_link'],
  ss_js_make_share_link: function(id, textPtr) {
    var text = UTF8ToString(textPtr);
    if (typeof CompressionStream === 'undefined') { SS_link.reply(id, false, 'This browser cannot compress links.'); return; }
    SS_link.pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')).then(function(bytes) {
      SS_link.reply(id, true, location.origin + location.pathname + '#p=' + SS_link.toBase64Url(bytes));
    }, function(e) { SS_link.reply(id, false, String(e && e.message || e)); });
  },
  ss_js_copy_text: function(textPtr) {
    var text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function() {});
  },
  ss_js_watch_storage: function() {
    window.addEventListener('storage', function(e) {
      if (e.key && e.key.indexOf('skillscope.') === 0) {
        SS.withCString(e.key, function(ptr) { _ss_on_storage_change(ptr); });
      }
    });
  },
  // 1: the whole app's code is here; 0: ss_on_rest_of_app follows once it is (boot.js).
  ss_js_when_rest_of_app: function() {
    var when = Module['skillscopeWhenRestOfApp'];
    return !when || when(function() { _ss_on_rest_of_app(); }) ? 1 : 0;
  },
  ss_js_updated_from_version__deps: ['malloc'],
  ss_js_updated_from_version: function() {
    var from = Module['skillscopeUpdatedFrom'] || '';
    var len = lengthBytesUTF8(from) + 1;
    var ptr = _malloc(len);
    stringToUTF8(from, ptr, len);
    return ptr;
  },

  // ---------------------------------------------------------------------------
  // [SECTION] Files: choose, drop, download
  // ---------------------------------------------------------------------------
  // A file's bytes are handed to C++ (ss_on_file) and freed right after the call.
  // Several files (a multiple selection, a drop) are read first, then handed over in
  // order, and ss_on_files_end says the last one has come.
  $SS_files__deps: ['malloc', 'free'],
  $SS_files: {
    // A Promise of {bytes, tooLarge, error}. Refused before reading: a 50 MB file never
    // has to fit in wasm memory.
    read: function(file, maxBytes) {
      if (file.size > maxBytes) return Promise.resolve({bytes: null, tooLarge: true, error: ''});
      return file.arrayBuffer().then(function(buf) { return {bytes: new Uint8Array(buf), tooLarge: false, error: ''}; },
                                     function(err) { return {bytes: null, tooLarge: false, error: String(err && err.message || err)}; });
    },
    send: function(requestId, file, got) {
      SS.withCString(file.name || 'file', function(namePtr) {
        SS.withCString(got.error || '', function(errorPtr) {
          var bytes = got.bytes, ptr = 0;
          if (bytes && bytes.length) {
            ptr = _malloc(bytes.length);
            HEAPU8.set(bytes, ptr);
          }
          try {
            _ss_on_file(requestId, namePtr, ptr, bytes ? bytes.length : 0, file.size, got.tooLarge ? 1 : 0, errorPtr);
          } finally {
            if (ptr) _free(ptr);
          }
        });
      });
    },
    deliver: function(requestId, file, maxBytes) {
      SS_files.read(file, maxBytes).then(function(got) { SS_files.send(requestId, file, got); });
    },
    deliverAll: function(requestId, files, maxBytes) {
      Promise.all(files.map(function(f) { return SS_files.read(f, maxBytes); })).then(function(all) {
        all.forEach(function(got, i) { SS_files.send(requestId, files[i], got); });
        _ss_on_files_end(requestId);
      });
    },
    // A hidden <input type=file>, clicked inside the frame that handled the person's
    // click (within its user activation); removed when done or cancelled.
    choose: function(acceptPtr, multiple, onFiles) {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = UTF8ToString(acceptPtr);
      input.multiple = multiple;
      input.style.display = 'none';
      input.addEventListener('change', function() {
        var files = Array.from(input.files || []);
        input.remove();
        if (files.length) onFiles(files);
      });
      input.addEventListener('cancel', function() { input.remove(); });
      document.body.appendChild(input);
      input.click();
    },
  },

  ss_js_pick_file__deps: ['$SS', '$SS_files'],
  ss_js_pick_file: function(requestId, acceptPtr, maxBytes) {
    SS_files.choose(acceptPtr, false, function(files) { SS_files.deliver(requestId, files[0], maxBytes); });
  },
  ss_js_pick_files__deps: ['$SS', '$SS_files'],
  ss_js_pick_files: function(requestId, acceptPtr, maxBytes) {
    SS_files.choose(acceptPtr, true, function(files) { SS_files.deliverAll(requestId, files, maxBytes); });
  },

  ss_js_enable_file_drop__deps: ['$SS', '$SS_files'],
  ss_js_enable_file_drop: function(maxBytes) {
    if (SS.dropInstalled) { SS.dropMax = maxBytes; return; }
    SS.dropInstalled = true;
    SS.dropMax = maxBytes;
    var hasFiles = function(e) {
      return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0;
    };
    window.addEventListener('dragover', function(e) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', function(e) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      var files = Array.from(e.dataTransfer.files || []);
      if (files.length) SS_files.deliverAll(0, files, SS.dropMax);
    });
  },

  $SS_download: function(name, blob) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },
  ss_js_download__deps: ['$SS_download'],
  ss_js_download: function(namePtr, mimePtr, dataPtr, len) {
    var bytes = HEAPU8.slice(dataPtr, dataPtr + len);
    SS_download(UTF8ToString(namePtr), new Blob([bytes], {type: UTF8ToString(mimePtr)}));
  },
  // The browser rasterises the SVG (fonts by CSS family, like the SVG export itself).
  ss_js_download_svg_png__deps: ['$SS_download'],
  ss_js_download_svg_png: function(namePtr, svgPtr, width, height, scale) {
    var name = UTF8ToString(namePtr);
    var url = URL.createObjectURL(new Blob([UTF8ToString(svgPtr)], {type: 'image/svg+xml'}));
    var img = new Image();
    img.onload = function() {
      var c = document.createElement('canvas');
      c.width = Math.round(width * scale);
      c.height = Math.round(height * scale);
      var ctx = c.getContext('2d');
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      c.toBlob(function(png) { if (png) SS_download(name, png); }, 'image/png');
    };
    img.onerror = function() { URL.revokeObjectURL(url); console.error('skillscope: the chart could not be drawn as PNG'); };
    img.src = url;
  },

  // ---------------------------------------------------------------------------
  // [SECTION] A linked backup file (web_linked_file.cpp)
  // ---------------------------------------------------------------------------
  // The File System Access API: the person picks a file in the save dialog once; its
  // handle is kept in a database of its own ("skillscope-links", store "handles", key
  // "backup"; a handle cannot live in "skillscope", whose values are bytes), so later
  // visits find it. Browsers ask again on each visit before a page may write to it:
  // queryPermission says "prompt", and requestPermission needs the person's click.
  // States sent to C++: 0 none, 1 writable, 2 needs permission; -1 the dialog was
  // cancelled (the callback is dropped).
  $SS_linked__deps: ['$SS'],
  $SS_linked: {
    handle: null,
    found: false,  // the handle was read from the database this visit
    database: function() {
      return new Promise(function(resolve, reject) {
        var request = indexedDB.open('skillscope-links', 1);
        request.onupgradeneeded = function() { request.result.createObjectStore('handles'); };
        request.onsuccess = function() { resolve(request.result); };
        request.onerror = function() { reject(request.error); };
      });
    },
    // change(store) in one readwrite (or readonly) transaction; resolves with its request's result.
    run: function(mode, change) {
      return SS_linked.database().then(function(db) {
        return new Promise(function(resolve, reject) {
          var tx = db.transaction('handles', mode);
          var request = change(tx.objectStore('handles'));
          tx.oncomplete = function() { db.close(); resolve(request && request.result); };
          tx.onabort = tx.onerror = function() { db.close(); reject(tx.error); };
        });
      });
    },
    find: function() {
      if (SS_linked.found) return Promise.resolve(SS_linked.handle);
      return SS_linked.run('readonly', function(store) { return store.get('backup'); }).then(function(handle) {
        SS_linked.found = true;
        if (!SS_linked.handle && handle && typeof handle.createWritable === 'function') SS_linked.handle = handle;
        return SS_linked.handle;
      }, function() { SS_linked.found = true; return SS_linked.handle; });
    },
    answer: function(id, state) {
      var h = SS_linked.handle;
      SS.withCString(h && state > 0 ? h.name : '', function(ptr) { _ss_on_linked_file(id, state, ptr); });
    },
    stateOf: function(id, permission) {
      SS_linked.answer(id, !SS_linked.handle ? 0 : permission === 'granted' ? 1 : 2);
    },
    ask: function(id, method) {
      var h = SS_linked.handle;
      if (!h) { SS_linked.answer(id, 0); return; }
      if (typeof h[method] !== 'function') { SS_linked.stateOf(id, 'granted'); return; }
      h[method]({mode: 'readwrite'}).then(function(p) { SS_linked.stateOf(id, p); },
                                         function() { SS_linked.stateOf(id, 'prompt'); });
    },
  },
  ss_js_can_link_file: function() {
    return typeof window.showSaveFilePicker === 'function' && typeof indexedDB !== 'undefined' ? 1 : 0;
  },
  ss_js_link_file__deps: ['$SS_linked'],
  ss_js_link_file: function(id, namePtr) {
    var options = {suggestedName: UTF8ToString(namePtr),
                   types: [{description: 'skillscope backup', accept: {'application/json': ['.json']}}]};
    window.showSaveFilePicker(options).then(function(handle) {
      SS_linked.handle = handle;
      SS_linked.found = true;
      SS_linked.run('readwrite', function(store) { return store.put(handle, 'backup'); }).catch(function() {});
      SS_linked.answer(id, 1);
    }, function() { _ss_on_linked_file(id, -1, 0); });  // cancelled, or the browser refused the dialog
  },
  ss_js_find_linked_file__deps: ['$SS_linked'],
  ss_js_find_linked_file: function(id) {
    SS_linked.find().then(function() { SS_linked.ask(id, 'queryPermission'); });
  },
  ss_js_allow_linked_file__deps: ['$SS_linked'],
  ss_js_allow_linked_file: function(id) { SS_linked.ask(id, 'requestPermission'); },
  ss_js_unlink_file__deps: ['$SS_linked'],
  ss_js_unlink_file: function() {
    SS_linked.handle = null;
    SS_linked.found = true;
    SS_linked.run('readwrite', function(store) { return store['delete']('backup'); }).catch(function() {});
  },
  // The whole file, replaced: createWritable writes a temporary copy that takes the
  // file's place on close, so a write cut short leaves the previous backup whole.
  ss_js_write_linked_file__deps: ['$SS', '$SS_linked'],
  ss_js_write_linked_file: function(dataPtr, length) {
    var bytes = HEAPU8.slice(dataPtr, dataPtr + length);
    var h = SS_linked.handle;
    var fail = function(e) {
      var message = (e && (e.message || e.name)) || 'The file could not be written.';
      SS.withCString(String(message), function(ptr) { _ss_on_linked_written(ptr); });
    };
    if (!h) { fail({message: 'No file is linked.'}); return; }
    h.createWritable().then(function(w) {
      return w.write(bytes).then(function() { return w.close(); }, function(e) {
        return w.abort().then(function() { throw e; }, function() { throw e; });
      });
    }).then(function() { _ss_on_linked_written(0); }, fail);
  },
  // Calls ss_on_linked_write_due after `ms`, or at once when the page is hidden (the
  // person may be closing it) so the last change still reaches the file.
  ss_js_linked_write_later: function(ms) {
    var done = false;
    var due = function() {
      if (done) return;
      done = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', hidden);
      _ss_on_linked_write_due();
    };
    var hidden = function() { if (document.visibilityState === 'hidden') due(); };
    var timer = setTimeout(due, ms);
    document.addEventListener('visibilitychange', hidden);
  },
});
