// The events page: first all tenants at a glance, problems first (GET /api/overview), then each tenant
// with its last runs (table and chart), the run in progress, and its event log with a reason filter and a
// course explanation. Vanilla JS, no build step, no library.
// Every value inserted into the page goes through the html`` template below, which escapes it.
'use strict';

(() => {
  const API = new URL('../api/', document.baseURI); // the page is served at /ui/, the API at /api/
  // Opened as http://user:password@host/ui/, the base carries the credentials, and fetch() refuses
  // such a URL: the browser already holds them for the realm and answers the API's challenge itself.
  API.username = '';
  API.password = '';
  const POLL_MS = 2000; // while a run is in progress
  const IDLE_POLL_MS = 5000; // otherwise, so that a run started after the page was opened shows up by itself
  const PAGE_SIZE = 50;
  const REASONS = ['CREATED', 'UPDATED', 'UNCHANGED', 'DELETED', 'ADOPTED', 'ADOPTION_AMBIGUOUS', 'PAST', 'SAME_DAY', 'OUTSIDE_WINDOW',
    'ALL_DAY_EVENT', 'INVALID_COURSE_DATA', 'FILTERED_TIMETABLE', 'FILTERED_CATEGORY', 'FILTERED_COMPANY',
    'FILTERED_AREA', 'FILTERED_ACTIVITY', 'FILTERED_BY_TENANT', 'INVALID_PERSON', 'NO_VALID_INSTRUCTOR',
    'NO_VALID_LEARNER', 'DUPLICATE_INSTRUCTOR_EMAIL', 'PERSON_ARCHIVED', 'TEXT_SHORTENED', 'GROUP_LEFT_OUT', 'EDUSIGN_REJECTED',
    'EDUSIGN_UNANSWERED', 'EDUSIGN_UNKNOWN_ANSWER', 'ROSTER_NOT_TAKEN', 'LIST_UNRELIABLE', 'SOURCE_ERROR',
    'DELETIONS_HELD', 'RUN_STARTED', 'RUN_COMPLETED', 'RUN_FAILED', 'ATTENDANCE_SENT', 'ATTENDANCE_RESENT',
    'ATTENDANCE_RETRIED', 'ATTENDANCE_UNCHANGED', 'NOT_CREATED_BY_CONNECTOR', 'PERSON_NOT_CREATED_BY_CONNECTOR', 'SOURCE_REJECTED',
    'SOURCE_CLOSED', 'WEBHOOK_REJECTED', 'ATTENDANCE_FOUND_AT_SOURCE', 'ATTENDANCE_NOT_WRITTEN'];
  // Outcomes of items that went through: not "skipped" in the chart.
  const DONE = new Set(['CREATED', 'UPDATED', 'UNCHANGED', 'DELETED', 'ADOPTED',
    'ATTENDANCE_SENT', 'ATTENDANCE_RESENT', 'ATTENDANCE_RETRIED', 'ATTENDANCE_UNCHANGED', 'ATTENDANCE_FOUND_AT_SOURCE']);
  // Counted by a run but not courses or sheets: a person left out of a course that was sent all the
  // same, a text cut or a group left out of a course that was sent, a roster Edusign did not take, an
  // Edusign list not relied on, and the deletion hold of the run.
  // The chart's "skipped" counts items that were not sent.
  const NOT_ITEMS = new Set(['INVALID_PERSON', 'PERSON_NOT_CREATED_BY_CONNECTOR', 'TEXT_SHORTENED', 'GROUP_LEFT_OUT', 'DELETIONS_HELD',
    'PERSON_ARCHIVED', 'ROSTER_NOT_TAKEN', 'LIST_UNRELIABLE']);
  const SERIES = ['created', 'updated', 'deleted', 'skipped'];
  const OVERVIEW_POLL_MS = 30000; // the overview is a summary: a run that ends shows in it within half a minute
  const HEALTH = { FAILED: 'Last run failed', NEEDS_A_LOOK: 'Needs a look', HEALTHY: 'Healthy' };

  // --- Escaping: html`...${value}...` escapes each value unless it is itself an html`` result.
  class Html { constructor(s) { this.s = s; } }
  const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
  const piece = (v) => (v instanceof Html ? v.s : Array.isArray(v) ? v.map(piece).join('') : v == null ? '' : esc(v));
  const html = (strings, ...values) =>
    new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? piece(values[i]) : ''), ''));
  const show = (el, h) => { el.innerHTML = h.s; }; // the only innerHTML write: html`` results only

  // --- The API
  async function getJson(path) {
    const response = await fetch(new URL(path, API), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}${body && body.error ? ': ' + body.error : ''}`);
    }
    return body;
  }
  const tenantPath = (tenant, rest) => `tenants/${encodeURIComponent(tenant)}/${rest}`;

  // --- Formatting
  const pad = (n) => String(n).padStart(2, '0');
  function when(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }
  // The schedules are on Paris time: the overview says its times there, whatever the browser's zone.
  const PARIS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  function paris(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    const p = Object.fromEntries(PARIS.formatToParts(d).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  }
  const countsText = (counts) => Object.entries(counts || {})
    .sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(' · ');
  const token = (s) => String(s || '').toLowerCase().replace(/[^a-z]/g, '');

  function series(counts) {
    const v = { created: 0, updated: 0, deleted: 0, skipped: 0 };
    for (const [code, n] of Object.entries(counts || {})) {
      const count = Number(n) || 0;
      if (code === 'CREATED') v.created += count;
      else if (code === 'UPDATED') v.updated += count;
      else if (code === 'DELETED') v.deleted += count;
      else if (!DONE.has(code) && !NOT_ITEMS.has(code)) v.skipped += count;
    }
    return v;
  }

  // --- The overview: one row a tenant, problems first (the API orders them)
  function overviewPart(o) {
    const rows = o.tenants || [];
    if (!rows.length) return html``;
    const tally = Object.keys(HEALTH).map((h) => [h, rows.filter((r) => r.health === h).length]).filter(([, n]) => n > 0);
    return html`<header class="overview-head"><h2>All tenants</h2>
        <p class="tally">${tally.map(([h, n]) => html`<span class="pill health-${token(h)}">${n} ${HEALTH[h].toLowerCase()}</span> `)}</p>
        <p class="muted">Times are Paris time. Click a tenant for its runs and log.</p></header>
      <table class="overview cards">
      <colgroup><col class="c-tenant"><col class="c-state"><col class="c-last"><col class="c-time"><col class="c-time"><col class="c-skipped"><col class="c-holds"></colgroup>
      <thead><tr><th>Tenant</th><th>State</th><th>Last run</th><th>Last success</th><th>Next run</th><th>Skipped courses (last run)</th><th>Holds, doctor</th></tr></thead>
      <tbody>${rows.map(overviewRow)}</tbody></table>`;
  }

  function overviewRow(r) {
    const last = r.lastRun;
    const skipped = Object.entries(r.skipped || {}).map(([reason, n]) => reasonLink(r.tenant, reason, n, ''));
    const failed = Object.entries(r.failed || {}).map(([reason, n]) => reasonLink(r.tenant, reason, n, 'bad'));
    return html`<tr class="ov-row health-${token(r.health)}" data-tenant="${r.tenant}">
      <td class="ov-tenant" data-label="Tenant"><a href="#tenant-${r.tenant}" data-open="${r.tenant}" class="id">${r.tenant}</a>
        <span class="badge">${r.source}</span></td>
      <td data-label="State"><span class="pill health-${token(r.health)}">${HEALTH[r.health] || r.health}</span>
        ${(r.why || []).length ? html`<span class="why">${r.why.join(' · ')}</span>` : ''}</td>
      <td data-label="Last run">${last ? html`<span class="status status-${token(last.status)}">${last.status}</span>${last.direction === 'up' ? ' (up)' : ''}
        <span class="time">${paris(last.endedAt || last.startedAt)}</span>
        ${last.status === 'FAILED' && last.message ? html`<span class="run-message" title="${last.message}">${last.message}</span>` : ''}`
        : html`<span class="muted">no run yet</span>`}</td>
      <td data-label="Last success" class="time">${r.lastSuccess ? paris(r.lastSuccess) : html`<span class="muted">never</span>`}</td>
      <td data-label="Next run" class="time">${r.nextRun ? paris(r.nextRun) : html`<span class="muted">not scheduled</span>`}</td>
      <td data-label="Skipped courses" class="reasons">${skipped.length || failed.length ? html`${failed}${skipped}` : html`<span class="muted">none</span>`}</td>
      <td data-label="Holds, doctor">${holdsAndDoctor(r)}</td></tr>`;
  }

  // A reason's count, a link to the tenant's log filtered by that reason.
  const reasonLink = (tenant, reason, n, cls) =>
    html`<a href="#tenant-${tenant}" class="reason ${cls}" data-open="${tenant}" data-reason="${reason}"><code>${reason}</code> <b>${n}</b></a> `;

  function holdsAndDoctor(r) {
    const hold = r.deletionHold
      ? html`<span class="hold-note">${r.deletionHold.heldCount} of ${r.deletionHold.futureCount} deletions held</span>` : '';
    const d = r.doctor;
    const doctor = !d ? html`<span class="muted">doctor not run</span>`
      : html`<span class="verdict ${d.failed ? 'ko' : 'ok'}">doctor: ${d.failed ? `${d.fails} failed` : 'no failure'}${d.warns ? `, ${d.warns} warnings` : ''}</span>
        <span class="muted time">(${paris(d.checkedAt)})</span>`;
    return html`${hold}${hold ? html`<br>` : ''}${doctor}`;
  }

  // --- Parts of a tenant's section
  function tenantSection(t) {
    return html`<section class="tenant" id="tenant-${t.tenant}" data-tenant="${t.tenant}">
      <header class="tenant-head"><h2 class="id">${t.tenant}</h2><span class="badge">${t.source}</span>
        <a href="#overview" class="back">All tenants</a>
        <button type="button" data-doctor title="Read-only checks of the tenant's Edusign (admin)">Doctor</button></header>
      <div class="doctor" data-part="doctor" hidden></div>
      ${holdNotice(t.deletionHold)}
      <div data-part="current"></div>
      <h3>Last runs</h3>
      <div data-part="runs"></div>
      <h3>Event log</h3>
      <div class="tools">
        <label>Reason <select name="reason"><option value="">all</option>${REASONS.map((r) => html`<option>${r}</option>`)}</select></label>
        <form data-part="explain-form">
          <label>Course id <input name="sourceId" required placeholder="e.g. tt1/ev-1234" autocomplete="off"></label>
          <button>Explain</button>
        </form>
      </div>
      <div class="explain" data-part="explain" hidden></div>
      <div data-part="events"></div>
      <nav class="pager"><button type="button" data-step="-1">Newer</button><span data-part="page"></span><button type="button" data-step="1">Older</button></nav>
    </section>`;
  }

  function holdNotice(hold) {
    if (!hold) return '';
    const counts = hold.heldCount != null ? html`: ${hold.heldCount} of ${hold.futureCount} future sheets` : '';
    const since = hold.heldAt ? html` since ${when(hold.heldAt)}` : '';
    return html`<p class="hold">Deletions held${counts}${since}. Confirm them with <code>POST /api/tenants/…/deletions/confirm</code>, or the next normal run decides again.</p>`;
  }

  function currentPart(c) {
    if (!c || !c.running) return html``;
    const bar = c.total ? html`<progress max="${c.total}" value="${c.done || 0}"></progress>` : html`<progress></progress>`;
    return html`<p class="progress"><strong>Run in progress</strong> ${c.direction ? html`(${c.direction}) ` : ''}started ${when(c.startedAt)}
      ${bar} <span class="done">${c.done || 0} / ${c.total || '?'}</span></p>`;
  }

  function chart(runs) {
    const data = runs.slice().reverse().map((r) => ({ run: r, v: series(r.counts) })); // oldest on the left
    const W = 18, GAP = 6, H = 90;
    const total = (d) => SERIES.reduce((sum, k) => sum + d.v[k], 0);
    const max = Math.max(1, ...data.map(total));
    const width = Math.max(data.length * (W + GAP), 120);
    const bars = data.map((d, i) => {
      let y = H;
      const rects = SERIES.map((k) => {
        const h = (d.v[k] / max) * H;
        y -= h;
        return h > 0 ? html`<rect class="s-${k}" x="${i * (W + GAP)}" y="${y.toFixed(1)}" width="${W}" height="${h.toFixed(1)}"></rect>` : '';
      });
      const label = `${when(d.run.startedAt)} ${d.run.status || ''}: ` + SERIES.map((k) => `${k} ${d.v[k]}`).join(', ');
      return html`<g class="bar"><title>${label}</title><rect class="hit" x="${i * (W + GAP)}" y="0" width="${W}" height="${H}"></rect>${rects}</g>`;
    });
    return html`<figure class="chart">
      <svg viewBox="0 0 ${width} ${H + 1}" width="${width}" height="${H + 1}" role="img" aria-label="created, updated, deleted and skipped per run">
        ${bars}<line x1="0" y1="${H + 0.5}" x2="${width}" y2="${H + 0.5}"></line></svg>
      <figcaption>${SERIES.map((k) => html`<span class="key"><i class="s-${k}"></i>${k}</span>`)} (oldest run on the left)</figcaption>
    </figure>`;
  }

  function runsPart(runs) {
    if (!runs.length) return html`<p class="muted">No run yet.</p>`;
    return html`${chart(runs)}<table class="runs cards">
      <thead><tr><th>Started</th><th>Ended</th><th>Direction</th><th>Trigger</th><th>Status</th><th>Counts</th><th>Message</th></tr></thead>
      <tbody>${runs.map((r) => html`<tr class="run" data-run="${r.runId}">
        <td data-label="Started" class="time">${when(r.startedAt)}</td><td data-label="Ended" class="time">${when(r.endedAt)}</td>
        <td data-label="Direction">${r.direction}${r.dryRun ? ' (dry run)' : ''}</td>
        <td data-label="Trigger">${r.trigger}</td><td data-label="Status"><span class="status status-${token(r.status)}">${r.status}</span></td>
        <td data-label="Counts" class="wrap">${countsText(r.counts)}</td><td data-label="Message" class="wrap">${r.message}</td></tr>`)}</tbody></table>`;
  }

  function eventsPart(events, reason) {
    if (!events.length) return html`<p class="muted">No event${reason ? html` with reason ${reason}` : ''}.</p>`;
    // A fixed layout: the time column keeps its width however long the course ids are; ids wrap in theirs.
    return html`<table class="events cards">
      <colgroup><col class="c-when"><col class="c-kind"><col class="c-reason"><col class="c-course"><col class="c-message"></colgroup>
      <thead><tr><th>When</th><th>Kind</th><th>Reason</th><th>Course</th><th>Message</th></tr></thead>
      <tbody>${events.map((e) => html`<tr class="event">
        <td data-label="When" class="time">${when(e.occurredAt)}</td><td data-label="Kind">${e.kind}</td>
        <td data-label="Reason" class="wrap"><code>${e.reason}</code></td>
        <td data-label="Course" class="id-cell">${e.sourceId ? html`<button type="button" class="link id" data-explain="${e.sourceId}">${e.sourceId}</button>` : ''}</td>
        <td data-label="Message" class="wrap">${e.message}</td></tr>`)}</tbody></table>`;
  }

  function explainPart(a) {
    const verdict = a.onEdusign
      ? html`<p class="verdict ok">On Edusign: <strong>${a.sourceId}</strong> is sheet <code>${a.edusignId}</code>${a.lastSync ? html`, last synchronised ${when(a.lastSync)}` : ''}${a.state ? html` (${a.state})` : ''}.</p>`
      : html`<p class="verdict ko">Not on Edusign: <strong>${a.sourceId}</strong>${a.reason ? html` — <code>${a.reason}</code>` : ''}${a.state ? html` (${a.state})` : ''}.</p>`;
    const events = (a.events || []).map((e) => html`<li>${when(e.occurredAt)} <code>${e.reason}</code> ${e.message}</li>`);
    return html`${verdict}${a.details ? html`<p class="details">${a.details}</p>` : ''}
      ${events.length ? html`<ul class="course-events">${events}</ul>` : ''}
      <button type="button" data-close>Close</button>`;
  }

  function doctorPart(d) {
    return html`<p class="verdict ${d.failed ? 'ko' : 'ok'}">${d.failed ? 'At least one check failed' : 'No check failed'}.</p>
      <table class="doctor-checks"><thead><tr><th>Verdict</th><th>System</th><th>Check</th><th>What it means</th><th>Setting</th></tr></thead>
      <tbody>${(d.checks || []).map((c) => html`<tr class="check ${token(c.verdict)}">
        <td><code>${c.verdict}</code></td><td>${c.family}</td><td>${c.name}</td><td>${c.meaning}</td><td>${c.setting || ''}</td></tr>`)}</tbody></table>
      <button type="button" data-close-doctor>Close</button>`;
  }

  // --- One tenant's behaviour
  class Tenant {
    constructor(t, section) {
      this.name = t.tenant;
      this.section = section;
      this.page = 0;
      this.reason = '';
      this.timer = null;
      this.running = Boolean(t.current && t.current.running);
      this.loaded = false;
      this.wire();
      show(this.part('runs'), runsPart(t.lastRuns || []));
      show(this.part('current'), currentPart(t.current));
    }

    // Only the sections on screen (or about to be) load their log and ask for their run in progress: with
    // fifty schools, the page asks for what the operator sees, not fifty logs and fifty polls every 5 s.
    shown(visible) {
      clearTimeout(this.timer);
      if (!visible) return;
      if (!this.loaded) {
        this.loaded = true;
        this.loadRuns();
        this.loadEvents();
      }
      this.poll();
    }

    part(name) { return this.section.querySelector(`[data-part="${name}"]`); }

    wire() {
      this.section.querySelector('select[name=reason]').addEventListener('change', (ev) => {
        this.reason = ev.target.value;
        this.page = 0;
        this.loadEvents();
      });
      this.part('explain-form').addEventListener('submit', (ev) => {
        ev.preventDefault();
        this.explain(ev.target.elements.sourceId.value.trim());
      });
      this.section.addEventListener('click', (ev) => {
        const target = ev.target.closest('button');
        if (!target) return;
        if (target.dataset.step) {
          this.page = Math.max(0, this.page + Number(target.dataset.step));
          this.loadEvents();
        } else if (target.dataset.explain) {
          this.part('explain-form').elements.sourceId.value = target.dataset.explain;
          this.explain(target.dataset.explain);
        } else if (target.hasAttribute('data-close')) {
          this.part('explain').hidden = true;
        } else if (target.hasAttribute('data-doctor')) {
          this.doctor();
        } else if (target.hasAttribute('data-close-doctor')) {
          this.part('doctor').hidden = true;
        }
      });
    }

    // Shows the run in progress, polled every 2 s; when it ends, the runs and the log are reloaded.
    // Without a run, the tenant is asked every 5 s whether one has started (by the schedule or the API).
    watch(current) {
      show(this.part('current'), currentPart(current));
      clearTimeout(this.timer);
      if (current && current.running) {
        this.running = true;
      } else if (this.running) {
        this.running = false;
        this.loadRuns();
        this.loadEvents();
      }
      this.timer = setTimeout(() => this.poll(), this.running ? POLL_MS : IDLE_POLL_MS);
    }

    async poll() {
      try {
        this.watch(await getJson(tenantPath(this.name, 'runs/current')));
      } catch (e) {
        if (this.running) {
          show(this.part('current'), html`<p class="error">Run in progress: ${e.message}</p>`);
        } else {
          console.warn(`run in progress of ${this.name}: ${e.message}`);
        }
        this.timer = setTimeout(() => this.poll(), this.running ? POLL_MS : IDLE_POLL_MS);
      }
    }

    async loadRuns() {
      try {
        const body = await getJson(tenantPath(this.name, 'runs?limit=20'));
        show(this.part('runs'), runsPart(body.runs || []));
      } catch (e) {
        console.warn(`runs of ${this.name}: ${e.message}`); // the last runs of /api/tenants stay shown
      }
    }

    async loadEvents() {
      const query = new URLSearchParams({ page: this.page, size: PAGE_SIZE });
      if (this.reason) query.set('reason', this.reason);
      const older = this.section.querySelector('[data-step="1"]');
      try {
        const body = await getJson(tenantPath(this.name, `events?${query}`));
        const events = body.events || [];
        show(this.part('events'), eventsPart(events, this.reason));
        older.disabled = events.length < PAGE_SIZE;
      } catch (e) {
        show(this.part('events'), html`<p class="error">Event log: ${e.message}</p>`);
        older.disabled = true;
      }
      this.section.querySelector('[data-step="-1"]').disabled = this.page === 0;
      this.part('page').textContent = `page ${this.page + 1}`;
    }

    async explain(sourceId) {
      if (!sourceId) return;
      const box = this.part('explain');
      box.hidden = false;
      show(box, html`<p class="muted">Looking up ${sourceId}…</p>`);
      try {
        show(box, explainPart(await getJson(tenantPath(this.name, `courses/${encodeURIComponent(sourceId)}/explain`))));
      } catch (e) {
        show(box, html`<p class="error">${sourceId}: ${e.message}</p><button type="button" data-close>Close</button>`);
      }
    }

    // The doctor reads the tenant's Edusign (reads only): it may take a few seconds.
    async doctor() {
      const box = this.part('doctor');
      box.hidden = false;
      show(box, html`<p class="muted">Checking ${this.name}…</p>`);
      try {
        show(box, doctorPart(await getJson(tenantPath(this.name, 'doctor'))));
      } catch (e) {
        show(box, html`<p class="error">Doctor: ${e.message}</p><button type="button" data-close-doctor>Close</button>`);
      }
    }

    // From the overview: this tenant's log, filtered by that reason (all reasons when none).
    open(reason) {
      const select = this.section.querySelector('select[name=reason]');
      if (reason !== undefined && reason !== this.reason) {
        select.value = reason;
        this.reason = select.value; // a reason the list does not know falls back to all
        this.page = 0;
        if (this.loaded) this.loadEvents(); // otherwise the section loads it, filtered, as it comes on screen
      }
      this.section.classList.add('opened');
      setTimeout(() => this.section.classList.remove('opened'), 1500);
      (reason ? this.section.querySelector('.tools') : this.section).scrollIntoView({ block: 'start' });
    }

    stop() { clearTimeout(this.timer); }
  }

  // Tells each section when it comes on screen or leaves it (a margin of 300 px loads it just before).
  const onScreen = new IntersectionObserver((entries) => entries.forEach((entry) => {
    const tenant = tenants.find((t) => t.section === entry.target);
    if (tenant) tenant.shown(entry.isIntersecting);
  }), { rootMargin: '300px 0px' });

  // --- The page
  let tenants = [];
  let overviewTimer = null;

  // The overview, or null when this runtime has none (the sections then keep the API's order).
  async function overview() {
    try {
      return await getJson('overview');
    } catch (e) {
      console.warn(`overview: ${e.message}`);
      return null;
    }
  }

  function showOverview(o) {
    const box = document.getElementById('overview');
    box.hidden = !o;
    if (o) show(box, overviewPart(o));
  }

  async function refreshOverview() {
    clearTimeout(overviewTimer);
    const o = await overview();
    if (o) showOverview(o);
    overviewTimer = setTimeout(refreshOverview, OVERVIEW_POLL_MS);
  }

  async function load() {
    const main = document.getElementById('tenants');
    const status = document.getElementById('status');
    tenants.forEach((t) => { t.stop(); onScreen.unobserve(t.section); });
    tenants = [];
    clearTimeout(overviewTimer);
    try {
      const [body, o] = await Promise.all([getJson('tenants'), overview()]);
      showOverview(o);
      let list = body.tenants || [];
      if (o) { // the sections in the overview's order: problems first
        const rank = new Map((o.tenants || []).map((r, i) => [r.tenant, i]));
        list = list.slice().sort((a, b) => (rank.get(a.tenant) ?? 1e9) - (rank.get(b.tenant) ?? 1e9));
      }
      show(main, list.length ? html`${list.map(tenantSection)}` : html`<p class="muted">No tenant is configured.</p>`);
      const sections = main.querySelectorAll('section.tenant');
      tenants = list.map((t, i) => new Tenant(t, sections[i]));
      tenants.forEach((t) => onScreen.observe(t.section));
      status.textContent = `${list.length} tenant${list.length === 1 ? '' : 's'}, loaded at ${when(new Date().toISOString())}`;
    } catch (e) {
      show(main, html`<p class="error">The connector's API did not answer: ${e.message}</p>`);
      status.textContent = '';
    }
    overviewTimer = setTimeout(refreshOverview, OVERVIEW_POLL_MS);
  }

  // A tenant or one of its reasons clicked in the overview: its section, its log filtered by that reason.
  document.getElementById('overview').addEventListener('click', (ev) => {
    const link = ev.target.closest('[data-open]');
    const row = ev.target.closest('tr.ov-row');
    const name = link ? link.dataset.open : row ? row.dataset.tenant : null;
    const tenant = tenants.find((t) => t.name === name);
    if (!tenant) return;
    ev.preventDefault();
    tenant.open(link ? link.dataset.reason : undefined);
  });
  document.getElementById('refresh').addEventListener('click', load);
  load();
})();
