/*
 * Runtime Advisor embed loader. No dependencies, no requests of its own.
 *
 *   <div data-runtime-advisor data-lang="zh" data-tree="guide"></div>
 *   <script src="https://docs.example/tools/advisor/embed.js" async></script>
 *
 * Each element becomes an iframe of the app that lives next to this script (derived from the
 * script's own src), sized to its content. Optional: data-theme="light|dark|auto",
 * data-answers="resource_constrained=yes,strong_isolation=no" (start mid-walk), data-title.
 * When a reader reaches a result, the element receives a bubbling
 * CustomEvent('runtime-advisor:result', { detail: { runtime, answers, url } }); when the
 * reader's platform plan changes, CustomEvent('runtime-advisor:plan', { detail: { workloads,
 * runtimes, url } }), each workload { name, tree, runtime, answers }.
 * Elements added later: call window.RuntimeAdvisor.mount().
 *
 * Messages are trusted only from the frame this script created: event.origin must be the
 * app's origin and event.source that frame's window. Heights are clamped; anything malformed
 * is ignored.
 */
(function () {
  'use strict';

  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 40000; // a result with its snippet sets runs past 10,000 px at narrow widths
  var INITIAL_HEIGHT = 640;
  var MAX_ANSWERS = 64;
  var MAX_WORKLOADS = 20;
  var MAX_NAME = 40;
  var ID = /^[a-z][a-z0-9_]{0,47}$/;
  // Looked up with an own-property check: `constructor` is a valid question id, and a plain
  // object would find it on Object.prototype.
  var RESERVED = { tree: true, lang: true, embed: true, theme: true, target: true };
  function isReserved(key) {
    return Object.prototype.hasOwnProperty.call(RESERVED, key);
  }
  var TITLES = {
    en: 'Runtime Advisor: container runtime decision guide',
    zh: '运行时选型助手：容器运行时选型决策',
  };

  function findScript() {
    if (document.currentScript && document.currentScript.src) return document.currentScript;
    var scripts = document.querySelectorAll('script[src]');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/(^|\/)embed\.js(\?|#|$)/.test(scripts[i].getAttribute('src') || '')) return scripts[i];
    }
    return null;
  }

  var script = findScript();
  if (!script) return;
  var appUrl;
  try {
    // The app's index.html sits next to embed.js, wherever it is hosted.
    appUrl = new URL('./', script.src);
  } catch (error) {
    return;
  }
  if (appUrl.protocol !== 'https:' && appUrl.protocol !== 'http:') return;
  var appOrigin = appUrl.origin;

  /** @type {{ host: Element, iframe: HTMLIFrameElement }[]} */
  var frames = [];

  function frameSearch(host) {
    var params = new URLSearchParams();
    var tree = host.getAttribute('data-tree');
    params.set('tree', tree && ID.test(tree) ? tree : 'guide');
    var answers = (host.getAttribute('data-answers') || '').split(/[\s,&;]+/);
    for (var i = 0; i < answers.length && i < MAX_ANSWERS; i++) {
      var pair = answers[i].split('=');
      if (pair.length !== 2 || !ID.test(pair[0]) || !ID.test(pair[1]) || isReserved(pair[0])) {
        continue;
      }
      params.set(pair[0], pair[1]);
    }
    var lang = host.getAttribute('data-lang');
    // Without a language the app follows the reader's browser.
    if (lang === 'en' || lang === 'zh') params.set('lang', lang);
    params.set('embed', '1');
    var theme = host.getAttribute('data-theme');
    if (theme === 'light' || theme === 'dark' || theme === 'auto') params.set('theme', theme);
    return params;
  }

  function mountOne(host) {
    if (host.hasAttribute('data-runtime-advisor-mounted')) return;
    host.setAttribute('data-runtime-advisor-mounted', '');
    var params = frameSearch(host);
    var iframe = document.createElement('iframe');
    iframe.src = appUrl.href + '#/wizard?' + params.toString();
    iframe.title = host.getAttribute('data-title') || TITLES[params.get('lang') || 'en'];
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = INITIAL_HEIGHT + 'px';
    host.appendChild(iframe);
    frames.push({ host: host, iframe: iframe });
  }

  function mount() {
    var hosts = document.querySelectorAll('[data-runtime-advisor]');
    for (var i = 0; i < hosts.length; i++) mountOne(hosts[i]);
  }

  /** A height in CSS pixels within bounds, or null for anything that is not a sane number. */
  function clampHeight(value) {
    if (typeof value !== 'number' || !isFinite(value) || value <= 0) return null;
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(value)));
  }

  /** A fresh, validated copy of a result message, or null. */
  function resultDetail(data) {
    if (typeof data.runtime !== 'string' || !ID.test(data.runtime)) return null;
    if (typeof data.url !== 'string') return null;
    var url;
    try {
      url = new URL(data.url);
    } catch (error) {
      return null;
    }
    if (url.origin !== appOrigin) return null;
    var answers = {};
    var given = data.answers;
    if (!given || typeof given !== 'object') return null;
    var keys = Object.keys(given);
    if (keys.length > MAX_ANSWERS) return null;
    for (var i = 0; i < keys.length; i++) {
      var value = given[keys[i]];
      if (!ID.test(keys[i]) || typeof value !== 'string' || !ID.test(value)) return null;
      answers[keys[i]] = value;
    }
    return { runtime: data.runtime, answers: answers, url: url.href };
  }

  /** A validated answers object (question id -> answer id), or null. */
  function answersOf(given) {
    if (!given || typeof given !== 'object') return null;
    var keys = Object.keys(given);
    if (keys.length > MAX_ANSWERS) return null;
    var answers = {};
    for (var i = 0; i < keys.length; i++) {
      var value = given[keys[i]];
      if (!ID.test(keys[i]) || typeof value !== 'string' || !ID.test(value)) return null;
      answers[keys[i]] = value;
    }
    return answers;
  }

  /** An app URL on the app's origin, or null. */
  function appHref(value) {
    if (typeof value !== 'string') return null;
    try {
      var url = new URL(value);
      return url.origin === appOrigin ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  /** A fresh, validated copy of a plan message, or null. */
  function planDetail(data) {
    var url = appHref(data.url);
    if (url === null || !Array.isArray(data.workloads) || !Array.isArray(data.runtimes))
      return null;
    if (data.workloads.length > MAX_WORKLOADS || data.runtimes.length > MAX_WORKLOADS) return null;
    var workloads = [];
    for (var i = 0; i < data.workloads.length; i++) {
      var item = data.workloads[i];
      if (!item || typeof item !== 'object') return null;
      var answers = answersOf(item.answers);
      if (
        typeof item.name !== 'string' ||
        item.name.length > MAX_NAME * 2 ||
        typeof item.tree !== 'string' ||
        !ID.test(item.tree) ||
        typeof item.runtime !== 'string' ||
        !ID.test(item.runtime) ||
        answers === null
      ) {
        return null;
      }
      workloads.push({ name: item.name, tree: item.tree, runtime: item.runtime, answers: answers });
    }
    var runtimes = [];
    for (var j = 0; j < data.runtimes.length; j++) {
      if (typeof data.runtimes[j] !== 'string' || !ID.test(data.runtimes[j])) return null;
      runtimes.push(data.runtimes[j]);
    }
    return { workloads: workloads, runtimes: runtimes, url: url };
  }

  function frameFor(event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.iframe.contentWindow === event.source) return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin) return;
    var frame = frameFor(event);
    if (!frame) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type === 'runtime-advisor:resize') {
      var height = clampHeight(data.height);
      if (height !== null) frame.iframe.style.height = height + 'px';
    } else if (data.type === 'runtime-advisor:result') {
      var detail = resultDetail(data);
      if (!detail) return;
      frame.host.dispatchEvent(
        new CustomEvent('runtime-advisor:result', { detail: detail, bubbles: true }),
      );
    } else if (data.type === 'runtime-advisor:plan') {
      var plan = planDetail(data);
      if (!plan) return;
      frame.host.dispatchEvent(
        new CustomEvent('runtime-advisor:plan', { detail: plan, bubbles: true }),
      );
    }
  });

  window.RuntimeAdvisor = window.RuntimeAdvisor || {};
  window.RuntimeAdvisor.mount = mount;
  mount();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
})();
