/*
 * faqbot chat widget: one file, no framework, no build step.
 *
 *   <script src="https://FAQBOT_HOST/widget.js" data-endpoint="https://FAQBOT_HOST"
 *           data-title="Ask the clinic" data-accent="#0a6" data-greeting="Hello!" defer></script>
 *
 * More data- attributes (docs/widget.md): data-position="left|right", data-offset-x, data-offset-y, data-z-index,
 * data-launcher-text, data-placeholder, data-starters="First question|Second question", and data-text-KEY for every
 * UI string in TEXTS below (data-text-send="Senden"). JavaScript API: faqbot.open(), faqbot.close(), faqbot.ask(text).
 *
 * Everything lives in an open Shadow DOM under one <faqbot-widget> element. Text from the
 * server or the visitor is only ever set with textContent; links only for http(s) citations.
 * Styles are a constructed stylesheet (adoptedStyleSheets), so a strict CSP needs only
 * script-src and connect-src for the faqbot host. State lives in sessionStorage only.
 */
(function () {
  'use strict';

  var MAX_MESSAGE = 2000;
  var MAX_KEPT = 60;
  var TIMEOUT_MS = 30000;
  var KEPT = ' Your message is still in the box below.';

  // Every string the visitor sees; a site translates one with data-text-KEY (underscores as hyphens).
  var TEXTS = {
    title: 'Questions? Ask us',
    launcher: 'Chat with us',
    greeting: 'Hello! Ask me a question and I will answer from this clinic\u2019s information pages.',
    label: 'Type your question',
    placeholder: '',
    hint: 'Enter sends, Shift and Enter starts a new line.',
    send: 'Send',
    sending: 'Sending\u2026',
    close: 'Close chat',
    conversation: 'Conversation',
    typing: 'The assistant is typing\u2026',
    you_said: 'You said: ',
    assistant_said: 'Assistant: ',
    urgent: '\u26a0 Urgent',
    source: 'Source',
    sources: 'Sources',
    new_tab: ' (opens in a new tab)',
    suggested: 'Suggested questions',
    starters: 'You could ask',
    no_answer: 'Sorry, I have no answer to that.',
    emergency: 'Not for emergencies. In an emergency call {number}.',
    emergency_general: 'Not for emergencies. In an emergency call your local emergency number.',
    contact: 'Contact us',
    call: 'Call {phone}',
    person: 'Talk to a person',
    person_message: 'I would like to talk to a person',
    unreachable: 'Sorry, we can\u2019t reach the assistant right now. Please check your connection ' +
        'and try again in a moment.' + KEPT,
    not_allowed: 'Sorry, the assistant is not available on this website.',
    too_long_sent: 'Sorry, that message is too long for the assistant. Please shorten it and try again.' + KEPT,
    too_long: 'Your message is too long. Please keep it under {max} characters.',
    rate_limited: 'You have sent several messages in a short time. Please wait {wait} and try again.' + KEPT,
    busy: 'The assistant is busy right now. Please try again {wait}.' + KEPT,
    not_answered: 'Sorry, that message could not be answered: {detail}',
    failed: 'Sorry, something went wrong on our side. Please try again in a moment.' + KEPT,
    wait_seconds: 'about {n} seconds',
    wait_second: 'about 1 second',
    wait_moment: 'a moment',
    in_seconds: 'in about {n} seconds',
    in_second: 'in about 1 second',
    in_moment: 'in a moment'
  };
  var T = TEXTS; // replaced by the page's own strings in readConfig

  function say(key, values) {
    return String(T[key]).replace(/\{([a-z]+)\}/g, function (all, name) {
      return values && values[name] != null ? String(values[name]) : all;
    });
  }

  function findScript() {
    if (document.currentScript) return document.currentScript;
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all.length ? all[all.length - 1] : null;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    }
    if (text != null) node.textContent = text;
    return node;
  }

  function str(value) {
    return typeof value === 'string' ? value.trim() : '';
  }

  // ---- configuration ------------------------------------------------------------------------

  function readConfig(script) {
    function data(name) { return script ? str(script.getAttribute('data-' + name)) : ''; }
    var base = location.href;
    try { if (script && script.src) base = new URL(script.src, location.href).origin; } catch (e) { /* keep page */ }
    var endpoint = data('endpoint') || base;
    try { endpoint = new URL(endpoint, location.href).href; } catch (e) { /* used as given */ }
    var texts = {};
    Object.keys(TEXTS).forEach(function (key) {
      texts[key] = data('text-' + key.replace(/_/g, '-')) || TEXTS[key];
    });
    // the attributes a site owner looks for first
    texts.title = data('title') || texts.title;
    texts.greeting = data('greeting') || texts.greeting;
    texts.launcher = data('launcher-text') || texts.launcher;
    texts.placeholder = data('placeholder') || texts.placeholder;
    T = texts;
    return {
      endpoint: endpoint.replace(/[?#].*$/, '').replace(/\/+$/, ''),
      accent: parseHex(data('accent')) || [11, 95, 165],
      side: data('position') === 'left' ? 'left' : 'right',
      offsetX: pixels(data('offset-x'), 20),
      offsetY: pixels(data('offset-y'), 20),
      zIndex: /^\d{1,10}$/.test(data('z-index')) ? Math.min(parseInt(data('z-index'), 10), 2147483000) : 2147483000,
      starters: data('starters').split('|').map(str).filter(Boolean).slice(0, 4)
    };
  }

  function pixels(value, fallback) {
    return /^\d{1,4}$/.test(value) ? parseInt(value, 10) : fallback;
  }

  function parseHex(value) {
    var m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value || '');
    if (!m) return null;
    var h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    return [0, 2, 4].map(function (i) { return parseInt(h.substr(i, 2), 16); });
  }

  function luminance(rgb) {
    var w = [0.2126, 0.7152, 0.0722];
    return rgb.reduce(function (sum, c, i) {
      c /= 255;
      return sum + w[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }, 0);
  }

  function contrast(a, b) {
    var x = luminance(a), y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  function hex(rgb) {
    return '#' + rgb.map(function (c) { return (c < 16 ? '0' : '') + c.toString(16); }).join('');
  }

  // The accent is the clinic's colour; its text is black or white, whichever contrasts more
  // (one of them always reaches 4.5:1).
  function inkOn(rgb) {
    return contrast(rgb, [255, 255, 255]) >= contrast(rgb, [0, 0, 0]) ? '#ffffff' : '#000000';
  }

  // ---- styles ---------------------------------------------------------------------------------

  function css(config) {
    var accent = config.accent, a = hex(accent), ink = inkOn(accent);
    var side = config.side + ':' + config.offsetX + 'px;';
    return [
      ':host{all:initial}',
      '*,*::before,*::after{box-sizing:border-box}',
      '.w{--bg:#fff;--fg:#1a1a1a;--muted:#4a4f55;--bubble:#eef1f4;--line:#b8bec6;--link:#0a55c2;',
      '--focus:#1a1a1a;--ubg:#fdeceb;--ufg:#6e0f0b;--uline:#b3261e;--ebg:#fff3e0;--efg:#5c3200;',
      'font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg)}',
      '@media (prefers-color-scheme:dark){.w{--bg:#1c1d21;--fg:#f1f1f1;--muted:#c4c7cc;--bubble:#2d3036;',
      '--line:#5d626b;--link:#9cc4ff;--focus:#fff;--ubg:#3e1212;--ufg:#ffdcd8;--uline:#ff8a80;--ebg:#3b2a10;--efg:#ffe0b2}}',
      '.accent{background:' + a + ';color:' + ink + '}',
      'button{font:inherit;cursor:pointer}',
      '.launcher{position:fixed;' + side + 'bottom:' + config.offsetY + 'px;z-index:' + config.zIndex + ';display:inline-flex;align-items:center;',
      'gap:8px;min-height:48px;padding:12px 20px;border:0;border-radius:999px;font-weight:600;',
      'box-shadow:0 4px 14px rgba(0,0,0,.28)}',
      '.launcher svg{width:22px;height:22px;fill:currentColor}',
      '.panel{position:fixed;' + side + 'bottom:' + (config.offsetY + 64) + 'px;z-index:' + (config.zIndex + 1) + ';',
      'width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100vh - ' + (config.offsetY + 88) + 'px);display:flex;flex-direction:column;background:var(--bg);',
      'color:var(--fg);border:1px solid var(--line);border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.3);',
      'overflow:hidden;animation:fb-in .18s ease-out}',
      '.panel[hidden]{display:none}',
      '@keyframes fb-in{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}',
      '.head{display:flex;align-items:center;gap:8px;padding:8px 8px 8px 16px}',
      '.head h2{flex:1;margin:0;font-size:17px;font-weight:700}',
      '.close{width:44px;height:44px;border:0;border-radius:8px;background:transparent;color:inherit;font-size:26px;line-height:1}',
      '.head :focus-visible{outline-color:' + ink + ';outline-offset:-4px}',
      '.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px;overscroll-behavior:contain}',
      '.msg{max-width:88%;padding:10px 12px;border-radius:12px;overflow-wrap:anywhere}',
      '.msg p{margin:0;white-space:pre-wrap}',
      '.bot{align-self:flex-start;background:var(--bubble)}',
      '.user{align-self:flex-end}',
      '.urgent{max-width:100%;background:var(--ubg);color:var(--ufg);border:2px solid var(--uline);border-left-width:8px}',
      '.flag{display:block;margin-bottom:4px;font-weight:800;text-transform:uppercase;letter-spacing:.03em}',
      '.msg .label{margin-top:8px;font-size:14px;font-weight:600}',
      '.src{margin:2px 0 0;padding:0 0 0 18px;font-size:14px}',
      '.src li{margin-top:2px}',
      'a{color:var(--link);text-decoration:underline}',
      '.urgent a{color:inherit}',
      '.msg .disc{margin-top:8px;font-size:13px;color:var(--muted)}',
      '.urgent .disc{color:inherit}',
      '.chips{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start;max-width:100%}',
      '.chip{min-height:36px;padding:6px 12px;border:1px solid var(--link);border-radius:18px;background:var(--bg);',
      'color:var(--link);font-size:14px;text-align:left}',
      '.chip:hover{background:var(--bubble)}',
      '.chips .label{width:100%;margin:0;font-size:14px;color:var(--muted)}',
      '.notice{margin:0;padding:8px 14px;font-size:14px;background:var(--ebg);color:var(--efg)}',
      '.notice a{color:inherit;font-weight:700}',
      '.reach{display:flex;flex-wrap:wrap;gap:4px 14px;padding:6px 14px;font-size:14px;border-top:1px solid var(--line)}',
      '.reach button{padding:0;border:0;background:none;color:var(--link);text-decoration:underline;font-size:14px}',
      '.send[aria-disabled=true]{opacity:.75;cursor:progress}',
      '.typing{padding:0 14px;font-size:14px;color:var(--muted)}',
      '.typing:not(:empty){padding-bottom:6px;animation:fb-pulse 1.2s ease-in-out infinite}',
      '@keyframes fb-pulse{50%{opacity:.55}}',
      '.err:not(:empty){margin:0 14px 8px;padding:8px 12px;border-radius:8px;background:var(--ebg);color:var(--efg);',
      'font-size:14px}',
      'form{display:flex;gap:8px;align-items:flex-end;padding:10px 14px 14px;border-top:1px solid var(--line)}',
      '.field{flex:1;display:flex;flex-direction:column;gap:4px}',
      'label{font-size:14px;font-weight:600}',
      'textarea{width:100%;min-height:44px;max-height:140px;padding:9px 10px;border:1px solid var(--muted);border-radius:8px;',
      'background:var(--bg);color:var(--fg);font:inherit;resize:none}',
      '.send{min-height:44px;padding:10px 16px;border:0;border-radius:8px;font-weight:600}',
      ':focus-visible{outline:3px solid var(--focus);outline-offset:2px}',
      '.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);',
      'white-space:nowrap;border:0}',
      '@media (max-width:600px){.panel{top:0;left:0;right:0;bottom:0;width:auto;height:auto;max-width:none;',
      'max-height:none;border:0;border-radius:0}.open .launcher{display:none}}',
      '@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important}}',
      '@media (forced-colors:active){.msg,.launcher,.send,.chip{border:1px solid CanvasText}}'
    ].join('\n');
  }

  function adoptStyles(root, text) {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      root.appendChild(el('style', null, text)); // older browsers; needs style-src 'unsafe-inline'
    }
  }

  // ---- state in sessionStorage ------------------------------------------------------------------

  function Store(key) {
    this.key = key;
  }

  Store.prototype.load = function () {
    var empty = { conversation: null, messages: [], open: false, disclaimerShown: false, draft: '' };
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(this.key) || 'null');
      if (!saved || !Array.isArray(saved.messages)) return empty;
      return {
        conversation: str(saved.conversation) || null,
        messages: saved.messages.filter(function (m) { return m && typeof m.text === 'string'; }),
        open: saved.open === true,
        disclaimerShown: saved.disclaimerShown === true,
        draft: typeof saved.draft === 'string' ? saved.draft : ''
      };
    } catch (e) {
      return empty;
    }
  };

  Store.prototype.save = function (state) {
    state.messages = state.messages.slice(-MAX_KEPT);
    try { window.sessionStorage.setItem(this.key, JSON.stringify(state)); } catch (e) { /* storage off */ }
  };

  // ---- talking to the server --------------------------------------------------------------------

  function friendlyError(message, status) {
    var error = new Error(message);
    error.friendly = true;
    error.status = status || 0;
    return error;
  }

  function retryAfterSeconds(header) {
    var value = str(header);
    if (/^\d+$/.test(value)) return parseInt(value, 10);
    var when = Date.parse(value);
    return isNaN(when) ? 0 : Math.max(0, Math.ceil((when - Date.now()) / 1000));
  }

  function rateLimited(seconds) {
    var wait = seconds > 1 ? say('wait_seconds', { n: seconds }) : say(seconds === 1 ? 'wait_second' : 'wait_moment');
    return say('rate_limited', { wait: wait });
  }

  function busy(seconds) {
    var wait = seconds > 1 ? say('in_seconds', { n: seconds }) : say(seconds === 1 ? 'in_second' : 'in_moment');
    return say('busy', { wait: wait });
  }

  // The server's refusals carry CORS headers, so their status and Retry-After can be read here.
  function errorFor(response, body) {
    var status = response.status;
    if (status === 429 || status === 503) {
      var seconds = retryAfterSeconds(response.headers.get('Retry-After'));
      var e = friendlyError(status === 429 ? rateLimited(seconds) : busy(seconds), status);
      e.retryAfter = seconds;
      return e;
    }
    if (status === 403) return friendlyError(say('not_allowed'), status);
    if (status === 413) return friendlyError(say('too_long_sent'), status);
    var detail = body && body.error && str(body.error.message);
    if (status >= 400 && status < 500 && detail) return friendlyError(say('not_answered', { detail: detail }), status);
    return friendlyError(say('failed'), status);
  }

  function ask(endpoint, message, conversation) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : 0;
    return fetch(endpoint + '/api/chat', {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ message: message, conversation: conversation || null }),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        if (!response.ok) throw errorFor(response, body);
        if (!body || typeof body !== 'object') throw errorFor({ status: 502 }, null);
        return body;
      });
    }, function () {
      throw friendlyError(say('unreachable'));
    }).finally(function () {
      clearTimeout(timer);
    });
  }

  // The clinic's contact and emergency numbers (faqbot.yaml); a refusal here means this site is not allowed.
  function clinicCard(endpoint) {
    return fetch(endpoint + '/api/clinic', { mode: 'cors', credentials: 'omit', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          if (response.status === 403) throw friendlyError(say('not_allowed'), 403);
          return response.ok ? response.json() : {};
        }, function () { return {}; });
  }

  function telHref(number) {
    var digits = str(number).replace(/[^0-9+]/g, '');
    return digits ? 'tel:' + digits : null;
  }

  // A citation of the page the visitor is on (its canonical address) opens the section here, not a copy elsewhere.
  function onThisPage(href) {
    var canonical = document.querySelector('link[rel="canonical"]');
    if (!href || !canonical || !canonical.href) return href;
    var hash = href.indexOf('#');
    if (hash < 0 || href.slice(0, hash) !== canonical.href.split('#')[0]) return href;
    return location.href.split('#')[0] + href.slice(hash);
  }

  function safeUrl(raw, base) {
    if (!str(raw)) return null; // no link rather than a link to the bot's own endpoint
    try {
      var url = new URL(str(raw), base);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // ---- the widget ---------------------------------------------------------------------------------

  function Widget(config) {
    this.config = config;
    this.store = new Store('faqbot:' + config.endpoint);
    this.state = this.store.load();
    this.busy = false;
    this.coolUntil = 0;
  }

  Widget.prototype.mount = function () {
    var self = this;
    var host = document.createElement('faqbot-widget');
    var root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, css(this.config));

    var wrap = el('div', { 'class': 'w' });
    this.wrap = wrap;
    this.launcher = el('button', {
      'class': 'launcher accent', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'fb-panel'
    });
    this.launcher.appendChild(chatIcon());
    this.launcher.appendChild(el('span', null, T.launcher));

    var panel = el('section', { 'class': 'panel', id: 'fb-panel', role: 'dialog', 'aria-labelledby': 'fb-title' });
    panel.hidden = true;
    this.panel = panel;
    var head = el('div', { 'class': 'head accent' });
    head.appendChild(el('h2', { id: 'fb-title' }, T.title));
    var close = el('button', { 'class': 'close', type: 'button', 'aria-label': T.close }, '\u00d7');
    head.appendChild(close);

    this.notice = el('p', { 'class': 'notice' }, T.emergency_general);
    this.log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-label': T.conversation });
    this.reach = el('div', { 'class': 'reach' });
    var person = el('button', { type: 'button', 'class': 'person' }, T.person);
    person.addEventListener('click', function () { self.send(T.person_message); });
    this.reach.appendChild(person);
    this.typing = el('div', { 'class': 'typing', role: 'status' });
    this.error = el('div', { 'class': 'err', role: 'alert' });

    var form = el('form', { 'class': 'composer', novalidate: '' });
    var field = el('div', { 'class': 'field' });
    field.appendChild(el('label', { 'for': 'fb-input' }, T.label));
    this.input = el('textarea', {
      id: 'fb-input', rows: '1', maxlength: String(MAX_MESSAGE), autocomplete: 'off',
      'aria-describedby': 'fb-hint', enterkeyhint: 'send'
    });
    if (T.placeholder) this.input.setAttribute('placeholder', T.placeholder);
    field.appendChild(this.input);
    field.appendChild(el('span', { id: 'fb-hint', 'class': 'sr' }, T.hint));
    form.appendChild(field);
    this.sendButton = el('button', { 'class': 'send accent', type: 'submit' }, T.send);
    form.appendChild(this.sendButton);
    this.form = form;

    [head, this.notice, this.log, this.typing, this.error, this.reach, form].forEach(function (n) { panel.appendChild(n); });
    wrap.appendChild(this.launcher);
    wrap.appendChild(panel);
    root.appendChild(wrap);

    this.launcher.addEventListener('click', function () { self.state.open ? self.close() : self.open(true); });
    close.addEventListener('click', function () { self.close(); });
    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' || e.key === 'Esc') {
        e.preventDefault();
        e.stopPropagation();
        self.close();
      } else if (e.key === 'Tab' && self.modal()) {
        self.keepFocusInside(e);
      }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      self.send(self.input.value);
    });
    this.input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        self.send(self.input.value);
      }
    });
    this.input.addEventListener('input', function () {
      self.state.draft = self.input.value;
      self.fitInput();
      self.save();
    });

    document.body.appendChild(host);
    this.phone = window.matchMedia ? window.matchMedia('(max-width:600px)') : null;
    if (this.phone && this.phone.addEventListener) {
      this.phone.addEventListener('change', function () { self.updateModal(); });
    }
    clinicCard(this.config.endpoint).then(function (card) { self.useClinic(card || {}); }, function (error) {
      self.refused = error.message;
      self.showError(error.message);
    });
    this.input.value = this.state.draft;
    this.state.messages.forEach(function (m) { self.render(m, false); }); // restored: no alert again
    if (this.state.open) this.open(false);
  };

  function chatIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
    svg.appendChild(path);
    return svg;
  }

  // The clinic's numbers: the emergency line above the transcript, a call and contact link under it, tel: links.
  Widget.prototype.useClinic = function (card) {
    var self = this;
    this.clinic = card;
    var number = str(card.emergencyNumber);
    if (number) {
      this.notice.textContent = '';
      this.appendLinked(this.notice, say('emergency', { number: number }));
    }
    var phone = str(card.contactPhone), link = safeUrl(card.contactLink, location.href) ||
        (/^mailto:/i.test(str(card.contactLink)) ? str(card.contactLink) : null);
    if (phone) this.reach.appendChild(el('a', { href: telHref(phone), 'class': 'call' }, say('call', { phone: phone })));
    if (link) this.reach.appendChild(el('a', { href: link, target: '_blank', rel: 'noopener noreferrer', 'class': 'contact' }, T.contact));
    this.log.querySelectorAll('.msg.bot > p.text').forEach(function (p) {
      var text = p.textContent;
      p.textContent = '';
      self.appendLinked(p, text);
    });
  };

  // Text, with each configured phone number in it a tap-to-call link and the contact page a link; text otherwise.
  Widget.prototype.appendLinked = function (node, text) {
    var card = this.clinic || {};
    var targets = {};
    [card.emergencyNumber, card.crisisLine, card.contactPhone].map(str).filter(Boolean)
        .forEach(function (n) { targets[n] = telHref(n); });
    var page = safeUrl(card.contactLink, location.href);
    if (page) targets[str(card.contactLink)] = page;
    var found = Object.keys(targets).sort(function (a, b) { return b.length - a.length; });
    if (!found.length) {
      node.appendChild(document.createTextNode(text));
      return;
    }
    var escaped = found.map(function (n) { return n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    var pattern = new RegExp('(^|[^0-9])(' + escaped.join('|') + ')(?![0-9])', 'g');
    var at = 0, m;
    while ((m = pattern.exec(text)) !== null) {
      var start = m.index + m[1].length;
      node.appendChild(document.createTextNode(text.slice(at, start)));
      var a = el('a', { href: targets[m[2]] }, m[2]);
      if (!/^tel:/.test(targets[m[2]])) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
      node.appendChild(a);
      at = start + m[2].length;
    }
    node.appendChild(document.createTextNode(text.slice(at)));
  };

  // On a phone the panel covers the page: a modal dialog, focus kept inside, the page behind not scrolling.
  Widget.prototype.modal = function () {
    return !!(this.state.open && this.phone && this.phone.matches);
  };

  Widget.prototype.updateModal = function () {
    var modal = this.modal();
    if (modal) {
      this.panel.setAttribute('aria-modal', 'true');
    } else {
      this.panel.removeAttribute('aria-modal');
    }
    if (modal && this.pageOverflow == null) {
      this.pageOverflow = document.documentElement.style.overflow;
      document.documentElement.style.overflow = 'hidden';
    } else if (!modal && this.pageOverflow != null) {
      document.documentElement.style.overflow = this.pageOverflow;
      this.pageOverflow = null;
    }
  };

  Widget.prototype.keepFocusInside = function (e) {
    var focusable = Array.prototype.filter.call(
        this.panel.querySelectorAll('button, a[href], textarea'), function (n) { return n.offsetParent !== null; });
    if (!focusable.length) return;
    var first = focusable[0], last = focusable[focusable.length - 1];
    var active = this.panel.getRootNode().activeElement;
    if (e.shiftKey && (active === first || !this.panel.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !this.panel.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  Widget.prototype.save = function () {
    this.store.save(this.state);
  };

  Widget.prototype.open = function (focusInput) {
    this.panel.hidden = false;
    this.wrap.classList.add('open');
    this.launcher.setAttribute('aria-expanded', 'true');
    this.state.open = true;
    if (!this.state.messages.length && T.greeting) {
      this.add({ from: 'bot', type: 'greeting', text: T.greeting, suggestions: this.config.starters, starters: true });
    }
    if (this.refused) this.showError(this.refused);
    this.updateModal();
    this.save();
    this.scrollDown();
    this.fitInput();
    if (focusInput) this.input.focus();
  };

  Widget.prototype.close = function () {
    this.panel.hidden = true;
    this.wrap.classList.remove('open');
    this.launcher.setAttribute('aria-expanded', 'false');
    this.state.open = false;
    this.updateModal();
    this.save();
    this.launcher.focus();
  };

  Widget.prototype.fitInput = function () {
    if (this.panel.hidden) return;
    this.input.style.height = 'auto';
    this.input.style.height = Math.min(this.input.scrollHeight + 2, 140) + 'px';
  };

  // To the end, but a long reply is shown from its first line.
  Widget.prototype.scrollDown = function () {
    var top = this.latest ? this.latest.offsetTop - this.log.offsetTop - 12 : Infinity;
    this.log.scrollTop = Math.min(top, this.log.scrollHeight);
  };

  Widget.prototype.add = function (message) {
    this.state.messages.push(message);
    this.render(message, true);
    this.save();
  };

  Widget.prototype.render = function (m, latest) {
    var self = this;
    var mine = m.from === 'user';
    var urgent = m.type === 'urgent';
    var box = el('div', { 'class': 'msg ' + (mine ? 'user accent' : 'bot') + (urgent ? ' urgent' : '') });
    if (urgent && latest) box.setAttribute('role', 'alert'); // announced at once, not only when the log is read
    box.appendChild(el('span', { 'class': 'sr' }, mine ? T.you_said : T.assistant_said));
    if (urgent) box.appendChild(el('strong', { 'class': 'flag' }, T.urgent));
    var text = el('p', { 'class': 'text' });
    if (mine) text.textContent = m.text; else this.appendLinked(text, m.text);
    box.appendChild(text);

    var links = Array.isArray(m.citations) ? m.citations : [];
    if (links.length) {
      box.appendChild(el('p', { 'class': 'label' }, links.length === 1 ? T.source : T.sources));
      var list = el('ul', { 'class': 'src' });
      links.forEach(function (c) {
        var item = el('li');
        var text = str(c.section) || str(c.title) || T.source;
        var href = onThisPage(safeUrl(c.url, self.config.endpoint + '/'));
        if (href) {
          var a = el('a', { href: href, target: '_blank', rel: 'noopener noreferrer' }, text);
          if (str(c.title)) a.title = str(c.title);
          a.appendChild(el('span', { 'class': 'sr' }, T.new_tab));
          item.appendChild(a);
        } else {
          item.textContent = text;
        }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    if (str(m.disclaimer)) box.appendChild(el('p', { 'class': 'disc' }, m.disclaimer));
    this.log.appendChild(box);

    this.renderChips(m.suggestions, m.starters); // they stay in the transcript, each under its own reply
    this.latest = mine ? null : box;
    this.scrollDown();
  };

  Widget.prototype.renderChips = function (suggestions, starters) {
    var self = this;
    if (!Array.isArray(suggestions) || !suggestions.length) return;
    var name = starters ? T.starters : T.suggested;
    var chips = el('div', { 'class': 'chips', role: 'group', 'aria-label': name });
    if (starters) chips.appendChild(el('p', { 'class': 'label' }, name));
    suggestions.forEach(function (s) {
      var chip = el('button', { 'class': 'chip', type: 'button' }, s);
      chip.addEventListener('click', function () { self.send(s); });
      chips.appendChild(chip);
    });
    this.log.appendChild(chips);
  };

  Widget.prototype.fromReply = function (reply) {
    var message = { from: 'bot', type: str(reply.type) || 'answer', text: str(reply.answer), citations: [], suggestions: [] };
    if (!message.text) message.text = say('no_answer');
    if (Array.isArray(reply.citations)) {
      message.citations = reply.citations.filter(function (c) { return c && typeof c === 'object'; })
          .slice(0, 5)
          .map(function (c) { return { title: str(c.title), section: str(c.section), url: str(c.url) }; });
    }
    if (Array.isArray(reply.suggestions)) {
      message.suggestions = reply.suggestions.map(str).filter(Boolean).slice(0, 4);
    }
    if (str(reply.disclaimer) && !this.state.disclaimerShown) {
      message.disclaimer = str(reply.disclaimer);
      this.state.disclaimerShown = true;
    }
    if (str(reply.conversation)) this.state.conversation = str(reply.conversation);
    return message;
  };

  Widget.prototype.showError = function (text) {
    this.error.textContent = text;
  };

  Widget.prototype.send = function (raw) {
    var self = this;
    var text = String(raw || '').trim();
    if (!text || this.busy) return;
    if (Date.now() < this.coolUntil) {
      this.showError(rateLimited(Math.ceil((this.coolUntil - Date.now()) / 1000)));
      if (!str(this.input.value)) this.input.value = text;
      return;
    }
    if (text.length > MAX_MESSAGE) {
      this.showError(say('too_long', { max: MAX_MESSAGE }));
      return;
    }
    this.busy = true;
    this.showError('');
    var mine = { from: 'user', text: text };
    this.add(mine);
    this.input.value = '';
    this.state.draft = '';
    this.fitInput();
    this.form.setAttribute('aria-busy', 'true');
    this.sendButton.setAttribute('aria-disabled', 'true');
    this.sendButton.textContent = T.sending;
    this.typing.textContent = say('typing');

    ask(this.config.endpoint, text, this.state.conversation).then(function (reply) {
      self.add(self.fromReply(reply));
    }, function (error) {
      self.unsend(mine, text);
      if (error && error.retryAfter) self.coolUntil = Date.now() + error.retryAfter * 1000;
      self.showError(error && error.friendly ? error.message : say('unreachable'));
    }).finally(function () {
      self.busy = false;
      self.typing.textContent = '';
      self.form.removeAttribute('aria-busy');
      self.sendButton.removeAttribute('aria-disabled');
      self.sendButton.textContent = T.send;
      self.save();
    });
  };

  // A message that did not get through leaves the transcript and goes back into the box.
  Widget.prototype.unsend = function (message, text) {
    var at = this.state.messages.lastIndexOf(message);
    if (at >= 0) this.state.messages.splice(at, 1);
    var boxes = this.log.querySelectorAll('.msg.user');
    if (boxes.length) boxes[boxes.length - 1].remove();
    var typed = this.input.value;
    this.input.value = typed.trim() ? text + '\n' + typed : text;
    this.state.draft = this.input.value;
    this.fitInput();
  };

  function start() {
    try {
      if (document.querySelector('faqbot-widget')) return;
      var widget = new Widget(readConfig(script));
      widget.mount();
      // The page's own buttons can drive the chat: faqbot.open(), faqbot.close(), faqbot.ask('...').
      window.faqbot = Object.freeze({
        open: function () { widget.open(true); },
        close: function () { if (widget.state.open) widget.close(); },
        ask: function (text) { widget.open(false); widget.send(text); }
      });
    } catch (e) {
      if (window.console && console.warn) console.warn('faqbot widget could not start:', e);
    }
  }

  var script = findScript();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
