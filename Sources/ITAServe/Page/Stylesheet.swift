/// The page's only stylesheet, served from the binary at /static/app.css (no CDN, no web font:
/// the system's Thai fonts). Narrow screens first; tables scroll sideways on a phone.
enum Stylesheet {
    static let css = """
    :root { --ink:#1f2933; --muted:#52606d; --line:#d9e2ec; --bg:#f5f7fa; --card:#fff; --accent:#1d4ed8;
      --error:#b91c1c; --error-bg:#fde8e8; --warning:#92400e; --warning-bg:#fef3c7; --info:#1e40af; --info-bg:#e0ecff;
      --pass:#166534; --pass-bg:#dcfce7; }
    * { box-sizing: border-box; }
    body { margin:0; background:var(--bg); color:var(--ink); line-height:1.6;
      font-family: "Noto Sans Thai", "Sarabun", "TH Sarabun New", "Leelawadee UI", "Tahoma", "Loma", "Garuda", sans-serif; font-size:17px; }
    header.top { display:flex; justify-content:space-between; align-items:center; gap:1rem; padding:.75rem 1rem; background:#0f2a4a; color:#fff; }
    header.top a { color:#fff; text-decoration:none; }
    .brand { font-weight:700; }
    .lang { border:1px solid #fff8; border-radius:999px; padding:.1rem .8rem; font-size:.9rem; }
    main { max-width:60rem; margin:0 auto; padding:1rem; }
    h1 { font-size:1.45rem; line-height:1.3; margin:.5rem 0; }
    h2 { font-size:1.2rem; margin:.25rem 0 .5rem; word-break:break-word; }
    h3 { font-size:1.05rem; margin:1.25rem 0 .5rem; }
    .lead { color:var(--muted); }
    .card { background:var(--card); border:1px solid var(--line); border-radius:12px; padding:1rem; margin:1rem 0; }
    .dropzone { display:flex; flex-direction:column; align-items:center; justify-content:center; gap:.4rem; text-align:center;
      min-height:11rem; border:2px dashed #9fb3c8; border-radius:12px; padding:1rem; cursor:pointer; background:#f8fbff; }
    .dropzone.over { border-color:var(--accent); background:#eaf1ff; }
    .drop-title { font-size:1.15rem; font-weight:600; }
    .drop-hint { color:var(--muted); font-size:.92rem; }
    .chosen { font-size:.95rem; word-break:break-all; }
    .dropzone input[type=file] { max-width:100%; }
    .options { margin:.75rem 0; }
    .options label { display:block; margin:.4rem 0; }
    .options input { font:inherit; padding:.25rem .5rem; width:7rem; }
    button, .button { display:inline-block; font:inherit; border-radius:8px; padding:.6rem 1.2rem; border:1px solid var(--accent);
      background:#fff; color:var(--accent); text-decoration:none; cursor:pointer; margin:.25rem .25rem .25rem 0; }
    .primary { background:var(--accent); color:#fff; }
    button.primary { width:100%; font-size:1.15rem; font-weight:700; margin-top:.5rem; }
    button.link { border:none; background:none; color:var(--muted); text-decoration:underline; padding:.25rem 0; }
    progress { width:100%; height:1rem; }
    .status { min-height:1.5rem; color:var(--muted); margin:.25rem 0; }
    .alert { background:var(--error-bg); color:var(--error); border-radius:8px; padding:.75rem 1rem; }
    .verdict { border-radius:12px; padding:1rem; margin:1rem 0; border:1px solid var(--line); }
    .verdict.pass { background:var(--pass-bg); color:var(--pass); }
    .verdict.needs-fix { background:var(--error-bg); color:var(--error); }
    .verdict.incomplete, .verdict.unreadable { background:var(--warning-bg); color:var(--warning); }
    .verdict-badge { display:inline-block; font-size:.85rem; border-radius:999px; padding:0 .7rem; vertical-align:middle; color:#fff; }
    .verdict-badge.pass { background:var(--pass); }
    .verdict-badge.needs-fix { background:var(--error); }
    .verdict-badge.incomplete, .verdict-badge.unreadable { background:#b45309; }
    .file { border-top:1px solid var(--line); margin-top:1rem; padding-top:.5rem; }
    .file-name { font-size:1.05rem; margin:.25rem 0; word-break:break-word; }
    h4 { font-size:1rem; margin:1rem 0 .4rem; }
    .skipped { color:var(--muted); font-size:.9rem; }
    .counts span { margin-right:.35rem; white-space:nowrap; }
    .badge { display:inline-block; border-radius:999px; padding:0 .6rem; font-size:.88rem; font-weight:600; }
    .badge.error { background:var(--error); color:#fff; }
    .badge.warning { background:#d97706; color:#fff; }
    .badge.info { background:var(--info); color:#fff; }
    .facts { color:var(--muted); margin:0; }
    ol.findings { list-style:none; padding:0; margin:0; }
    .finding { border-left:6px solid; border-radius:6px; padding:.5rem .75rem; margin:.5rem 0; }
    .finding.error { border-color:var(--error); background:var(--error-bg); }
    .finding.warning { border-color:#d97706; background:var(--warning-bg); }
    .finding.info { border-color:var(--info); background:var(--info-bg); }
    .finding p { margin:.15rem 0; word-break:break-word; }
    .cell { font-weight:700; }
    .where code { color:var(--muted); font-size:.8rem; }
    .none { color:var(--pass); }
    .scroll { overflow-x:auto; -webkit-overflow-scrolling:touch; }
    table { border-collapse:collapse; width:100%; font-size:.95rem; }
    th, td { border:1px solid var(--line); padding:.35rem .5rem; text-align:left; vertical-align:top; }
    th { background:#eef2f7; white-space:nowrap; }
    td.missing { color:var(--error); }
    td.period, td .status { white-space:nowrap; }
    .status.done { color:var(--pass); font-weight:600; }
    .status.in-progress, .status.not-yet-due { color:#b45309; }
    .status.not-started { color:var(--error); }
    .again { text-align:center; }
    footer { max-width:60rem; margin:0 auto; padding:1rem; color:var(--muted); font-size:.85rem; }
    footer a { color:var(--muted); }
    /* A command or an API path breaks only at its spaces, never inside a word: the curl example
       scrolls sideways in its box on a phone, the paths keep whole on their own list lines. */
    code { white-space:nowrap; }
    pre.command { margin:.5rem 0; padding:.6rem .75rem; background:var(--bg); border:1px solid var(--line); border-radius:8px;
      overflow-x:auto; -webkit-overflow-scrolling:touch; }
    pre.command code { white-space:pre; }
    ul.api { margin:.5rem 0 0; padding-left:1.25rem; }
    ul.api li { margin:.2rem 0; }
    @media (min-width: 48rem) { main { padding:1.5rem; } h1 { font-size:1.7rem; } }
    """
}

/// The page's icon (a tick on the header's blue), so the browser asks for nothing else.
enum Icon {
    static let svg = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f2a4a"/>\
    <path d="M8 17l5 5 11-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>
    """
}
