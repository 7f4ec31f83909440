/**
 * The registry page's stylesheet, served as `/-/ui/app.css` (no inline style anywhere: the
 * Content-Security-Policy allows styles from the server only). Light and dark follow
 * `prefers-color-scheme`; colours meet WCAG AA contrast; narrow screens get one column and tables
 * that scroll sideways inside their own box.
 * @module
 */

/** The stylesheet text. */
export const STYLESHEET = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
  --link: #0a58ca; --accent: #0a58ca; --accent-fg: #ffffff; --focus: #0a58ca;
  --add-bg: #dafbe1; --add-fg: #0f4a22; --del-bg: #ffebe9; --del-fg: #82071e; --add-mark: #8ce99a; --del-mark: #ffb3ad;
  --chip-bg: #ddf4ff; --chip-fg: #0a3069; --chip-prod-bg: #dafbe1; --chip-prod-fg: #0f4a22;
  --error-bg: #ffebe9; --error-fg: #82071e; --ok-bg: #dafbe1; --ok-fg: #0f4a22;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22;
    --link: #79b8ff; --accent: #388bfd; --accent-fg: #0d1117; --focus: #79b8ff;
    --add-bg: #12361f; --add-fg: #aff5b4; --del-bg: #4a1d1f; --del-fg: #ffdcd7; --add-mark: #1f6f3a; --del-mark: #8a2f2f;
    --chip-bg: #12263f; --chip-fg: #a5d6ff; --chip-prod-bg: #12361f; --chip-prod-fg: #aff5b4;
    --error-bg: #4a1d1f; --error-fg: #ffdcd7; --ok-bg: #12361f; --ok-fg: #aff5b4;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible, main:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
main:focus { outline: none; }
code, pre, .mono { font-family: var(--mono); font-size: 0.9em; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--accent); color: var(--accent-fg); padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; top: 0.5rem; }
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding: 0.75rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); }
.brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; color: var(--fg); }
.brand span { color: var(--muted); font-weight: 400; }
.token-form { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-left: auto; }
.token-form[hidden] { display: none; }
.token-state { color: var(--muted); font-size: 0.9rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
.foot { max-width: 72rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: 0.9rem; }
.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 0.5rem; color: var(--muted); }
.crumbs li + li::before { content: "/"; margin-right: 0.25rem; }
h1 { font-size: 1.6rem; margin: 0.25rem 0 0.75rem; word-break: break-word; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.muted { color: var(--muted); }
.lede { color: var(--muted); margin-top: 0; }
input, select, textarea, button { font: inherit; color: inherit; }
input, select, textarea { background: var(--bg); border: 1px solid var(--muted); border-radius: 6px; padding: 0.4rem 0.5rem; max-width: 100%; }
textarea { width: 100%; min-height: 2.6rem; font-family: var(--mono); font-size: 0.9rem; }
button { background: var(--accent); color: var(--accent-fg); border: 1px solid var(--accent); border-radius: 6px; padding: 0.4rem 0.9rem; cursor: pointer; font-weight: 600; }
button.secondary { background: transparent; color: var(--link); border-color: var(--muted); }
button:disabled { opacity: 0.6; cursor: progress; }
.search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0 0 1rem; }
.search input { flex: 1 1 16rem; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
tr:last-child td { border-bottom: none; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.name a { font-weight: 600; word-break: break-word; }
.chip { display: inline-block; border-radius: 999px; padding: 0 0.5rem; margin: 0 0.25rem 0.25rem 0; font-size: 0.85rem; background: var(--chip-bg); color: var(--chip-fg); white-space: nowrap; }
.chip.production { background: var(--chip-prod-bg); color: var(--chip-prod-fg); }
.chip.tag { background: transparent; border: 1px solid var(--line); color: var(--fg); white-space: normal; overflow-wrap: anywhere; }
.problem { background: var(--error-bg); color: var(--error-fg); border-radius: 6px; padding: 0.5rem 0.75rem; }
.status { max-width: 72rem; margin: 0.5rem auto 0; padding: 0 1rem; }
.status:empty { display: none; }
.status.ok, .status.error { padding: 0.6rem 1rem; border-radius: 8px; }
.status.ok { background: var(--ok-bg); color: var(--ok-fg); }
.status.error { background: var(--error-bg); color: var(--error-fg); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; word-break: break-word; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; margin: 0 0 1rem; }
.message { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 0.75rem; }
.message .role { display: block; padding: 0.25rem 0.75rem; background: var(--panel); border-bottom: 1px solid var(--line); font-weight: 600; font-size: 0.9rem; border-radius: 8px 8px 0 0; }
.message pre { border: none; margin: 0; border-radius: 0 0 8px 8px; }
.placeholder-note { color: var(--muted); font-style: italic; padding: 0.5rem 0.75rem; margin: 0; }
.tabs { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.tabs a { display: inline-block; padding: 0.3rem 0.8rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; }
.tabs a[aria-current="page"] { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.diff { font-family: var(--mono); font-size: 0.875rem; border: 1px solid var(--line); border-radius: 8px; overflow-x: auto; margin: 0 0 1rem; }
.diff .line { display: grid; grid-template-columns: 3rem 3rem 1.5rem 1fr; min-width: 20rem; }
.diff .line > span { padding: 0 0.4rem; }
.diff .num { color: var(--muted); text-align: right; user-select: none; }
.diff .op { text-align: center; user-select: none; }
.diff .text { white-space: pre-wrap; word-break: break-word; }
.diff .add { background: var(--add-bg); color: var(--add-fg); }
.diff .del { background: var(--del-bg); color: var(--del-fg); }
.diff .add .num, .diff .del .num { color: inherit; }
.diff mark { color: inherit; border-radius: 3px; }
.diff .add mark { background: var(--add-mark); }
.diff .del mark { background: var(--del-mark); }
.diff details.fold > summary { background: var(--panel); color: var(--muted); padding: 0.1rem 0.5rem; font-style: italic; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
tr.current td { background: var(--panel); }
.diff-none { color: var(--muted); font-style: italic; }
.form-grid { display: grid; gap: 0.9rem; margin: 0 0 1rem; }
.field label { display: block; font-weight: 600; }
.field .hint { display: block; color: var(--muted); font-size: 0.875rem; font-weight: 400; }
.field input, .field select { width: 100%; }
.inline-fields { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
.inline-fields .field { flex: 1 1 10rem; }
.issues { margin: 0 0 1rem; padding: 0.75rem 1rem 0.75rem 2rem; background: var(--error-bg); color: var(--error-fg); border-radius: 8px; }
.issues li code { font-weight: 700; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 1.5rem 0 1rem; background: var(--panel); }
.panel h2 { margin-top: 0; }
.panel .status { padding: 0; margin: 0 0 0.75rem; }
.panel .status.ok, .panel .status.error { padding: 0.5rem 0.75rem; }
.panel[hidden] { display: none; }
.panel form + form { margin-top: 1rem; padding-top: 1rem; border-top: 1px solid var(--line); }
.gate { max-width: 36rem; }
details > summary { cursor: pointer; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: 0.75rem; }
  .token-form { margin-left: 0; width: 100%; }
  .token-form input { flex: 1 1 10rem; }
  .facts { grid-template-columns: 1fr; }
  .facts dt { margin-top: 0.5rem; }
  table.catalog thead { display: none; }
  table.catalog tr { display: block; border-bottom: 1px solid var(--line); padding: 0.5rem 0; }
  table.catalog td { display: block; border: none; padding: 0.15rem 0.75rem; }
  table.catalog td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
`;
