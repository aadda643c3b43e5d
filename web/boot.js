// Loads skillscope: checks the browser can run it, fetches the bundled files, then
// starts the WebAssembly app. Also creates window.skillscope (the test hook; the
// app fills in frames/widgets/state when it starts, see README "Test hook").
(function () {
  'use strict';

  var hook = window.skillscope = {};
  hook.ready = new Promise(function (resolve, reject) {
    hook._resolveReady = resolve;
    hook._rejectReady = reject;
  });
  // Nobody may be left waiting on a page that failed; tests see the reason.
  hook.ready.catch(function () {});

  // The page's own words before the app runs (loading, failures) come from the message
  // catalogues too: tools/assemble_bundle.py writes each language's boot.* messages into
  // the bundle data. English until the language is known; index.html says them in
  // English for the first paint.
  var bundle = null;
  try {
    bundle = JSON.parse(document.getElementById('bundle').textContent);
  } catch (e) { /* told below, when the files cannot be listed */ }
  var LANGUAGE_KEY = 'skillscope.v1.language';  // the person's choice (src/session/session_language.cpp)
  var language = 'en';
  function say(key, detail) {
    var words = (bundle && bundle.boot) || {};
    var text = (words[language] && words[language][key]) || (words.en && words.en[key]) || key;
    return text.replace('{0}', detail === undefined ? '' : detail);
  }
  function showLanguage(code) {
    language = code;
    if (!bundle || !bundle.boot) return;
    document.documentElement.lang = code;
    document.getElementById('status-text').textContent = say('boot.loading');
    document.querySelector('#failure h1').textContent = say('boot.cannot_start');
    document.querySelector('#failure .hint').textContent = say('boot.needs');
    document.getElementById('canvas').setAttribute('aria-label', say('boot.canvas'));
  }
  // The first of the browser's languages the app offers, by its primary subtag ("de-AT"
  // is German), else English: as the app decides (MatchLanguage, src/core/text/messages.cpp).
  function browserLanguage(offered) {
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < preferred.length; i++) {
      var primary = String(preferred[i]).toLowerCase().replace('_', '-').split('-')[0];
      if (offered.indexOf(primary) >= 0) return primary;
    }
    return 'en';
  }
  var offeredLanguages = (bundle && bundle.languages) || ['en'];
  var browserGuess = browserLanguage(offeredLanguages);
  if (browserGuess !== 'en') showLanguage(browserGuess);  // English is what the page says already

  // The first reason is the one shown: what fails after it (app.js, the app's own
  // context) follows from it.
  var failed = false;
  function fail(message) {
    if (failed) return;
    failed = true;
    document.getElementById('status').hidden = true;
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure').hidden = false;
    hook._rejectReady(new Error(message));
  }
  window.skillscopeFail = fail;

  // Only what the browser knows here; the WebGL context itself is made below, once the
  // downloads have started.
  function missingFeature() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      return say('boot.no_webassembly');
    }
    if (typeof WebGL2RenderingContext === 'undefined') {
      return say('boot.no_webgl');
    }
    return null;
  }

  function fetchBytes(name) {
    return fetch(name).then(function (r) {
      if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function (buf) { return new Uint8Array(buf); });
  }

  // When this browser last ran another build, the app says it was updated.
  var updatedFrom = '';
  var SEEN_BUILD_KEY = 'skillscope.v1.seen-build';
  function noteUpdate(bundle) {
    try {
      var seen = JSON.parse(localStorage.getItem(SEEN_BUILD_KEY) || 'null');
      if (seen && seen.build !== bundle.build) updatedFrom = seen.version + ' (build ' + seen.build + ')';
      localStorage.setItem(SEEN_BUILD_KEY, JSON.stringify({ version: bundle.version, build: bundle.build }));
    } catch (e) { /* no storage: no notice */ }
  }

  // Offline: the service worker caches the bundle (web/sw.js). Needs https or localhost.
  // Registered a moment after the first frame: installing it downloads and stores every
  // file again, which on a first visit competed with the start-up for the CPU.
  if ('serviceWorker' in navigator && window.isSecureContext) {
    hook.ready.then(function () {
      setTimeout(function () {
        navigator.serviceWorker.register('sw.js').then(keepWordsOffline)
          .catch(function (e) { console.warn('skillscope: no offline use:', e); });
      }, 1000);
    });
  }

  var problem = missingFeature();
  if (problem) { fail(problem); return; }

  // "Loading skillscope…" shows at once; the spinner joins it only when loading takes a
  // while (web/style.css says why). Once the app is up the status is hidden anyway.
  setTimeout(function () { document.getElementById('status').classList.add('slow'); }, 1000);

  // Everything starts at once: app.wasm is compiled while it downloads, the file list
  // and the files it names are fetched, and app.js is loaded; the app is instantiated
  // when the compiled code and the files are both there.
  var compiled = (WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch('app.wasm')).catch(function () { return compileFromBytes(); })
    : compileFromBytes());
  function compileFromBytes() {  // a server without the application/wasm type
    return fetchBytes('app.wasm').then(function (bytes) { return WebAssembly.compile(bytes); });
  }

  // The bundle's file list (written into the page by tools/assemble_bundle.py, with a
  // preload link for each file, so the downloads are under way already) names the
  // fonts and frameworks to hand to the app before main() runs.
  var files = new Promise(function (resolve) {
    if (!bundle) throw new Error('the page lists no files');
    hook.version = bundle.version;
    resolve(bundle.preload || []);
  }).then(function (names) {
    return Promise.all(names.map(fetchBytes)).then(function (all) {
      var byName = {};
      names.forEach(function (n, i) { byName[n] = all[i]; });
      return byName;
    });
  });

  // The words of the language the app will show, fetched with the app so that its first
  // frame is in that language: the browser's, fetched at once; the person's choice, read
  // at the end (localStorage waits until then, see below), fetched then if another.
  // A language that cannot be had (offline, never fetched) is not a failure: the app
  // starts in English and says so.
  function fetchLanguage(code) {
    if (code === 'en') return Promise.resolve(null);
    return fetchBytes('lang/' + code + '.json').then(function (bytes) { return { code: code, bytes: bytes }; },
      function (e) { console.warn('skillscope: the words in ' + code + ' could not be fetched:', e); return null; });
  }
  var browserWords = fetchLanguage(language);
  var chooseWords;
  var wordsReady = new Promise(function (resolve) { chooseWords = resolve; });
  // After the first frame, once the service worker controls the page, the words are asked
  // for once more through it: it keeps them, so the next visit has them offline.
  function keepWordsOffline() {
    if (language === 'en' || !('serviceWorker' in navigator)) return;
    var sw = navigator.serviceWorker;
    var ask = function () { fetch('lang/' + language + '.json').catch(function () {}); };
    if (sw.controller) return ask();
    sw.addEventListener('controllerchange', function once() { sw.removeEventListener('controllerchange', once); ask(); });
  }

  // The app's code in two modules (tools/split_wasm.py): app.wasm holds what a first
  // visit runs until it is idle after its first frame, app.deferred.wasm the rest (60%
  // of the code). The first calls into the second through table slots that start as
  // placeholders (imports "placeholder"."<slot>"); instantiating the second fills them.
  // It is fetched after the first frame, or beside the first module when the visit
  // opens more than the start screen. A placeholder called before it arrived compiles
  // it there and then, synchronously, as the call has to return: from its bytes when
  // they are here, else with a synchronous request. Chromium's service workers never
  // see a synchronous request (crbug.com/602051), so that request needs the network:
  // a page the service worker serves (the cache, offline perhaps) therefore has the
  // bytes before its first frame. Reading them from the cache costs no download.
  hook.deferred = { split: false, loaded: '' };  // how it came (tests, bench)
  // Who waits for the second module (the app reads its database then: that code is in
  // the second module, so a first visit's first module need not hold it).
  var restOfAppWaiters = [];
  var firstFrameDrawn = false;
  var wholeAtOnce = false;  // the visit opens more than the start screen
  var deferredCode = (function () {
    var exports = null, table = null, bytes = null, module = null, instance = null, loading = null;
    var bytesHere = null;  // a promise, once the fetch began
    function fetchNow(name) {  // synchronous: only for a call that cannot wait
      var xhr = new XMLHttpRequest();
      xhr.open('GET', name, false);
      xhr.overrideMimeType('text/plain; charset=x-user-defined');
      xhr.send(null);
      if (xhr.status !== 200) throw new Error(name + ': HTTP ' + xhr.status);
      var text = xhr.responseText, out = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
      return out;
    }
    function instantiate(how) {
      if (instance) return;
      if (!module) module = new WebAssembly.Module(bytes || fetchNow(bundle.deferred));
      instance = new WebAssembly.Instance(module, { primary: exports });
      hook.deferred.loaded = how;
      // Later, never inside the call that may have compiled it (a placeholder's).
      restOfAppWaiters.splice(0).forEach(function (w) { setTimeout(w, 0); });
    }
    var api = {
      fetch: function () {
        if (!loading) {
          bytesHere = fetchBytes(bundle.deferred).then(function (b) { bytes = b; });
          loading = bytesHere.then(function () { return WebAssembly.compile(bytes); })
            .then(function (m) { module = m; });
        }
        return loading;
      },
      placeholders: function () {
        return new Proxy({}, { get: function (target, slot) {
          return function () {
            if (!instance) {
              try {
                instantiate(firstFrameDrawn ? 'when first called' : 'before the first frame');
              } catch (e) {
                cannotLoad(e);
                throw e;
              }
            }
            return table.get(Number(slot)).apply(null, arguments);
          };
        } });
      },
      // Found by the module's description: reading every export would make a function
      // object for each of its 800 (~30 ms before the first frame).
      firstModuleReady: function (firstModule, firstExports) {
        exports = firstExports;
        WebAssembly.Module.exports(firstModule).forEach(function (e) {
          if (e.kind === 'table') table = firstExports[e.name];
        });
      },
      // What the first frame waits for: the second module when the visit opens more
      // than the start screen, its bytes when the service worker serves the page.
      neededAtOnce: function () {
        if (!exports) return Promise.resolve();
        if (wholeAtOnce) return loading.then(function () { instantiate('with the first module'); });
        return bytesHere || Promise.resolve();
      },
      // true: the whole app is here (one module, or the second is in); false: `waiter`
      // runs once it is. The startup profile (tools/startup_profile.mjs) never gets it:
      // what runs after the second module arrives does not belong in the first.
      whenRestOfApp: function (waiter) {
        if (instance || (!hook.deferred.split && !window.__skillscopeStartupProfile)) return true;
        restOfAppWaiters.push(waiter);
        return false;
      },
      afterFirstFrame: function () {
        if (!bundle || !bundle.deferred || !exports) return;
        api.fetch().then(function () { instantiate('after the first frame'); })
          .catch(function (e) { console.warn('skillscope: the rest of the app will load when needed:', e); });
      },
    };
    return api;
  })();
  hook.ready.then(function () {
    firstFrameDrawn = true;
    setTimeout(deferredCode.afterFirstFrame, 0);
  });

  // A first visit to the start screen draws from the first module alone; an address, or
  // anything saved (profiles, frameworks, settings), opens with code of the second.
  function opensMoreThanStart() {
    if (location.hash.replace(/^#\/?/, '') !== '') return true;
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var key = localStorage.key(i);
        if (key && key.indexOf('skillscope.') === 0 && key !== SEEN_BUILD_KEY && key !== LANGUAGE_KEY) return true;
      }
    } catch (e) { /* no storage: nothing saved */ }
    return false;
  }

  function cannotLoad(e) {
    fail(say('boot.files_failed', e && e.message || e));
  }
  files.catch(cannotLoad);
  compiled.catch(cannotLoad);

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    onAbort: function (what) { fail(say('boot.stopped', what)); },
    // Emscripten's hook: instantiate the module compiled above, once the files are in
    // (and the second module too, when this visit needs it at once).
    instantiateWasm: function (imports, receiveInstance) {
      Promise.all([compiled, files, wordsReady]).then(function (both) {
        if (failed) return;  // no WebGL 2 context, say: the app is not started
        if (both[2]) both[1]['lang/' + both[2].code + '.json'] = both[2].bytes;
        window.Module.skillscopeFiles = both[1];
        window.Module.skillscopeUpdatedFrom = updatedFrom;
        window.Module.skillscopeWhenRestOfApp = deferredCode.whenRestOfApp;
        var module = both[0];
        var split = WebAssembly.Module.imports(module).some(function (i) { return i.module === 'placeholder'; });
        hook.deferred.split = split;
        if (split) imports.placeholder = deferredCode.placeholders();
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          if (split) deferredCode.firstModuleReady(module, instance.exports);
          return deferredCode.neededAtOnce().then(function () { receiveInstance(instance, module); });
        });
      }).catch(cannotLoad);
      return {};  // instantiated asynchronously
    },
  };
  var script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () { fail(say('boot.no_app_js')); };
  document.body.appendChild(script);

  // The WebGL context is made here, once the downloads and the compile are under way:
  // setting up the GPU side takes the browser a moment (half a second with a software
  // renderer), which then overlaps them instead of following them. The app's own request
  // for this canvas's context gets this one back, so these are the app's attributes
  // (src/platform/web/web_runner.cpp).
  // Sized first, as the app would size it (library_skillscope.js, SS.resize): the drawing
  // buffer is then made once, not made small and made again.
  var canvas = window.Module.canvas;
  var box = canvas.getBoundingClientRect(), ratio = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(box.width * ratio));
  canvas.height = Math.max(1, Math.round(box.height * ratio));
  var gl = null;
  try {
    gl = canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
  } catch (e) { /* told below */ }
  if (!gl) { fail(say('boot.no_webgl')); return; }

  // The app's shader program (Dear ImGui's OpenGL 3 one, GLSL 300 es), compiled and
  // linked now, while the app downloads; the app takes it over (ss_js_take_program,
  // src/platform/web/imgui_renderer.cpp). Nothing asks the GPU side about it before the
  // first frame, as any question waits for the GPU side to finish the link: the
  // attributes have their locations written in, and the projection is a constant vertex
  // attribute (location 3) instead of a uniform, whose location would be such a question.
  // The texture uniform keeps its default, unit 0.
  var head = '#version 300 es\n';
  var vertex = gl.createShader(gl.VERTEX_SHADER);
  gl.shaderSource(vertex, head + 'precision highp float;\nlayout (location = 0) in vec2 Position;\n' +
    'layout (location = 1) in vec2 UV;\nlayout (location = 2) in vec4 Color;\n' +
    'layout (location = 3) in vec4 Projection;\nout vec2 Frag_UV;\nout vec4 Frag_Color;\nvoid main()\n{\n' +
    '    Frag_UV = UV;\n    Frag_Color = Color;\n' +
    '    gl_Position = vec4(Position * Projection.xy + Projection.zw, 0, 1);\n}\n');
  var fragment = gl.createShader(gl.FRAGMENT_SHADER);
  gl.shaderSource(fragment, head + 'precision mediump float;\nuniform sampler2D Texture;\nin vec2 Frag_UV;\n' +
    'in vec4 Frag_Color;\nlayout (location = 0) out vec4 Out_Color;\nvoid main()\n{\n' +
    '    Out_Color = Frag_Color * texture(Texture, Frag_UV.st);\n}\n');
  var program = gl.createProgram();
  [vertex, fragment].forEach(function (shader) { gl.compileShader(shader); gl.attachShader(program, shader); });
  gl.linkProgram(program);
  gl.flush();
  window.Module.skillscopeProgram = program;

  // Last, once the GPU side has the context and the program to work on: the first
  // localStorage access makes the browser load the origin's whole store (~80 ms with a
  // 4 MB framework stored), which that work then overlaps instead of following. The app
  // reads updatedFrom only after the downloads (instantiateWasm above).
  if (bundle) {
    if (bundle.deferred) {
      wholeAtOnce = opensMoreThanStart();
      var servedByWorker = 'serviceWorker' in navigator && !!navigator.serviceWorker.controller;
      if (wholeAtOnce || servedByWorker) deferredCode.fetch().catch(cannotLoad);
    }
    noteUpdate(bundle);
  }
  var chosen = null;
  try { chosen = localStorage.getItem(LANGUAGE_KEY); } catch (e) { /* no storage: the browser's */ }
  if (chosen && chosen !== language && offeredLanguages.indexOf(chosen) >= 0) {
    showLanguage(chosen);
    chooseWords(fetchLanguage(chosen));
  } else {
    chooseWords(browserWords);
  }
})();
