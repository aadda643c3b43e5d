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

  function fail(message) {
    document.getElementById('status').hidden = true;
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure').hidden = false;
    hook._rejectReady(new Error(message));
  }
  window.skillscopeFail = fail;

  function missingFeature() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      return 'This browser does not support WebAssembly.';
    }
    try {
      var probe = document.createElement('canvas');
      if (!probe.getContext('webgl2')) return 'This browser or device does not provide WebGL 2 (graphics acceleration may be turned off).';
    } catch (e) {
      return 'WebGL 2 is unavailable: ' + e.message;
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
  function noteUpdate(bundle) {
    try {
      var key = 'skillscope.v1.seen-build';
      var seen = JSON.parse(localStorage.getItem(key) || 'null');
      if (seen && seen.build !== bundle.build) updatedFrom = seen.version + ' (build ' + seen.build + ')';
      localStorage.setItem(key, JSON.stringify({ version: bundle.version, build: bundle.build }));
    } catch (e) { /* no storage: no notice */ }
  }

  // Offline: the service worker caches the bundle (web/sw.js). Needs https or localhost.
  if ('serviceWorker' in navigator && window.isSecureContext) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('sw.js').catch(function (e) { console.warn('skillscope: no offline use:', e); });
    });
  }

  var problem = missingFeature();
  if (problem) { fail(problem); return; }

  // The bundle's file list (written by tools/assemble_bundle.py) names the fonts
  // and frameworks to hand to the app before main() runs.
  fetch('bundle.json').then(function (r) {
    if (!r.ok) throw new Error('bundle.json: HTTP ' + r.status);
    return r.json();
  }).then(function (bundle) {
    hook.version = bundle.version;
    noteUpdate(bundle);
    var names = bundle.preload || [];
    return Promise.all(names.map(fetchBytes)).then(function (all) {
      var files = {};
      names.forEach(function (n, i) { files[n] = all[i]; });
      return files;
    });
  }).then(function (files) {
    window.Module = {
      canvas: document.getElementById('canvas'),
      skillscopeFiles: files,
      skillscopeUpdatedFrom: updatedFrom,
      print: function (t) { console.log(t); },
      printErr: function (t) { console.warn(t); },
      onAbort: function (what) { fail('The app stopped unexpectedly (' + what + '). Reload the page to try again.'); },
    };
    var script = document.createElement('script');
    script.src = 'app.js';
    script.onerror = function () { fail('app.js could not be loaded.'); };
    document.body.appendChild(script);
  }).catch(function (e) {
    fail('The app files could not be loaded (' + e.message + '). Check your connection and reload.');
  });
})();
