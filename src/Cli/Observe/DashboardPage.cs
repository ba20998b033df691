namespace Harness.Cli.Observe;

/// <summary>
/// The live page: self-contained (no CDN, no external file), filled from <c>/events</c> after every
/// interval; a chart of the last intervals; report.html below once the run is written. Numbers carry
/// <c>data-live</c> names and are written as the console writes them (milliseconds to 3 decimals).
/// </summary>
internal static class DashboardPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>harness load (live)</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1b1f24;background:#fafbfc}
        h1{font-size:1.3rem;margin:0 0 .3rem} .muted{color:#57606a}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:.7rem;margin:1rem 0}
        .card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.6rem .8rem}
        .card h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#57606a;margin:0 0 .3rem}
        .big{font-size:1.5rem;font-variant-numeric:tabular-nums} td{padding:0 .8rem 0 0;font-variant-numeric:tabular-nums}
        #selfcheck.bad{color:#b3261e} #selfcheck.ok{color:#1a7f37} svg{background:#fff;border:1px solid #d0d7de;border-radius:6px}
        iframe{width:100%;height:80vh;border:1px solid #d0d7de;border-radius:6px;margin-top:1rem;background:#fff}
        </style></head><body>
        <h1>harness load <span class="muted">live</span></h1>
        <div id="status" class="muted">waiting for the first interval...</div>
        <div class="grid">
          <div class="card"><h2>Phase</h2><div class="big" data-live="phase">-</div><div class="muted"><span data-live="elapsed">0</span> s elapsed</div></div>
          <div class="card"><h2>Rate (per second)</h2><table>
            <tr><td>target</td><td data-live="target">-</td></tr><tr><td>sent</td><td data-live="sentRate">-</td></tr>
            <tr><td>achieved</td><td data-live="achievedRate">-</td></tr></table></div>
          <div class="card"><h2>Response time, last interval (ms)</h2><table>
            <tr><td>p50</td><td data-live="p50">-</td></tr><tr><td>p90</td><td data-live="p90">-</td></tr>
            <tr><td>p99</td><td data-live="p99">-</td></tr><tr><td>max</td><td data-live="max">-</td></tr>
            <tr><td>service p99</td><td data-live="serviceP99">-</td></tr></table></div>
          <div class="card"><h2>Last interval</h2><table>
            <tr><td>sent</td><td data-live="sent">-</td></tr><tr><td>done</td><td data-live="completed">-</td></tr>
            <tr><td>in flight</td><td data-live="inFlight">-</td></tr><tr><td>errors</td><td data-live="errors">-</td></tr>
            <tr><td>dropped</td><td data-live="dropped">-</td></tr><tr><td>late</td><td data-live="late">-</td></tr></table></div>
          <div class="card"><h2>Outcomes so far (measured)</h2><table id="outcomes"></table></div>
          <div class="card"><h2>Self-check</h2><div id="selfcheck" class="ok">-</div>
            <div class="muted">cpu <span data-live="cpu">-</span>%, scheduler lag p99 <span data-live="lagP99">-</span> ms</div></div>
        </div>
        <svg id="chart" width="900" height="220" viewBox="0 0 900 220" role="img" aria-label="achieved rate and p99 over the last intervals"></svg>
        <div class="muted">green: achieved per second; orange: target per second; red: p99 ms (own scale)</div>
        <div id="final"></div>
        <script>
        "use strict";
        const history = [];
        const ms = v => Number(v.toFixed(3)).toString();
        const set = (name, text) => document.querySelectorAll('[data-live="' + name + '"]').forEach(e => e.textContent = text);
        function line(values, max, color) {
          if (values.length < 2) return '';
          const step = 880 / (values.length - 1);
          const points = values.map((v, i) => (10 + i * step).toFixed(1) + ',' + (210 - (max > 0 ? v / max : 0) * 200).toFixed(1)).join(' ');
          return '<polyline fill="none" stroke-width="2" stroke="' + color + '" points="' + points + '"/>';
        }
        function draw() {
          const rate = Math.max(1, ...history.map(h => Math.max(h.achievedPerSecond, h.targetPerSecond || 0)));
          const p99 = Math.max(0.001, ...history.map(h => h.interval.responseP99Ms));
          document.getElementById('chart').innerHTML =
            line(history.map(h => h.targetPerSecond || 0), rate, '#d9822b') + line(history.map(h => h.achievedPerSecond), rate, '#1a7f37') +
            line(history.map(h => h.interval.responseP99Ms), p99, '#b3261e');
        }
        function show(s) {
          const r = s.interval;
          document.getElementById('status').textContent = 'updated after every interval';
          set('phase', r.phase + (r.warmup ? ' (warm-up, not measured)' : ''));
          set('elapsed', r.elapsedSeconds.toFixed(1));
          set('target', s.targetPerSecond == null ? 'closed model' : ms(s.targetPerSecond));
          set('sentRate', ms(s.sentPerSecond)); set('achievedRate', ms(s.achievedPerSecond));
          set('p50', ms(r.responseP50Ms)); set('p90', ms(r.responseP90Ms)); set('p99', ms(r.responseP99Ms));
          set('max', ms(r.responseMaxMs)); set('serviceP99', ms(r.serviceP99Ms));
          set('sent', r.sent); set('completed', r.completed); set('inFlight', r.inFlight);
          set('errors', r.errors); set('dropped', r.dropped); set('late', r.late);
          set('cpu', r.cpuPercent.toFixed(1)); set('lagP99', ms(s.schedulerLagP99Ms));
          const outcomes = document.getElementById('outcomes');
          outcomes.replaceChildren(...Object.entries(s.outcomes).map(([k, v]) => {
            const tr = document.createElement('tr'); const a = document.createElement('td'); const b = document.createElement('td');
            a.textContent = k; b.textContent = v; b.setAttribute('data-live', 'outcome.' + k); tr.append(a, b); return tr; }));
          const check = document.getElementById('selfcheck');
          check.className = s.selfCheckProblems.length ? 'bad' : 'ok';
          check.textContent = s.selfCheckProblems.length ? s.selfCheckProblems.join('; ') : 'the generator keeps up';
          history.push(s); if (history.length > 120) history.shift();
          draw();
        }
        const events = new EventSource('/events');
        events.addEventListener('interval', e => show(JSON.parse(e.data)));
        events.addEventListener('done', e => {
          events.close();
          document.getElementById('status').textContent = 'the run is over: its report is below';
          const frame = document.createElement('iframe');
          frame.id = 'report'; frame.title = 'report.html'; frame.src = JSON.parse(e.data).report;
          document.getElementById('final').append(frame);
        });
        </script></body></html>
        """;
}
