// The query page: the library on the left, an editor, and the results of /sparql as a table.
"use strict";

const $ = (id) => document.getElementById(id);
let prefixes = {};
let library = [];

function compact(iri) {
  let best = null;
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && (!best || namespace.length > best[1].length)) {
      best = [prefix, namespace];
    }
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const link = document.createElement("a");
    link.href = term.value;
    link.textContent = compact(term.value);
    link.title = term.value;
    td.append(link);
  } else {
    td.textContent = term.value;
  }
  return td;
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

function clearResults() {
  for (const id of ["error", "graph", "results"]) $(id).hidden = true;
  $("results").tHead.replaceChildren();
  $("results").tBodies[0].replaceChildren();
  $("downloads").replaceChildren();
}

function showTable(data) {
  const vars = data.head.vars || [];
  const head = document.createElement("tr");
  for (const name of vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.append(th);
  }
  $("results").tHead.append(head);
  const body = $("results").tBodies[0];
  for (const binding of data.results.bindings) {
    const row = document.createElement("tr");
    for (const name of vars) row.append(cell(binding[name]));
    body.append(row);
  }
  $("results").hidden = false;
  return data.results.bindings.length;
}

function downloadLinks(query) {
  for (const [label, format] of [["CSV", "csv"], ["TSV", "tsv"], ["JSON", "json"]]) {
    const link = document.createElement("a");
    link.href = `/sparql?${new URLSearchParams({ query, format })}`;
    link.textContent = label;
    link.download = `results.${format}`;
    $("downloads").append(link);
  }
}

async function run() {
  const query = $("query").value;
  clearResults();
  $("status").textContent = "Running…";
  const started = performance.now();
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/sparql-query",
        Accept: "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: query,
    });
  } catch (error) {
    $("status").textContent = "";
    showError(`The endpoint did not answer: ${error}`);
    return;
  }
  const elapsed = Math.round(performance.now() - started);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    $("status").textContent = `${response.status} in ${elapsed} ms`;
    showError(await response.text());
    return;
  }
  // kg: terms the ontology does not define: the query ran, but probably not as meant.
  const warning = response.headers.get("Kgraph-Warning");
  if (warning) showError(`Warning: ${warning}`);
  if (type.startsWith("application/sparql-results+json")) {
    const data = await response.json();
    if ("boolean" in data) {
      $("status").textContent = `${data.boolean} (${elapsed} ms)`;
      return;
    }
    const rows = showTable(data);
    $("status").textContent = `${rows} row${rows === 1 ? "" : "s"} in ${elapsed} ms`;
    downloadLinks(query);
  } else {
    $("graph").textContent = await response.text();
    $("graph").hidden = false;
    $("status").textContent = `graph in ${elapsed} ms`;
  }
}

function parameterValues() {
  const values = {};
  for (const input of $("parameters").querySelectorAll("input")) {
    if (input.value.trim()) values[input.name] = input.value.trim();
  }
  return values;
}

// The latest request for a query's text: an answer to older parameters that arrives late
// must not replace the text of newer ones.
let latestLoad = 0;

async function loadQuery(entry) {
  const request = ++latestLoad;
  const response = await fetch(`/queries/${entry.name}?${new URLSearchParams(parameterValues())}`);
  const text = await response.text();
  if (request !== latestLoad) return false;
  if (!response.ok) {
    clearResults();
    showError(text);
    return false;
  }
  $("query").value = text;
  return true;
}

function choose(entry, button) {
  for (const other of $("library").querySelectorAll("button")) other.removeAttribute("aria-current");
  button.setAttribute("aria-current", "true");
  $("chosen").hidden = false;
  $("chosen-title").textContent = entry.title;
  $("chosen-description").textContent = entry.description;
  const form = $("parameters");
  form.replaceChildren();
  for (const parameter of entry.parameters) {
    const label = document.createElement("label");
    label.textContent = `${parameter.name} (${parameter.kind})`;
    label.title = parameter.description;
    const input = document.createElement("input");
    input.name = parameter.name;
    input.value = parameter.default || "";
    input.placeholder = parameter.kind === "date" ? "YYYY[-MM[-DD]]" : "any";
    input.addEventListener("change", () => loadQuery(entry));
    label.append(input);
    form.append(label);
  }
  clearResults();
  $("status").textContent = "";
  return loadQuery(entry);
}

async function start() {
  $("endpoint").textContent = new URL("/sparql", location.href).href;
  $("run").addEventListener("click", run);
  $("parameters").addEventListener("submit", (event) => event.preventDefault());
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  [prefixes, library] = await Promise.all(
    ["/prefixes", "/queries"].map((url) => fetch(url).then((r) => r.json())));
  for (const entry of library) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.query = entry.name;
    button.textContent = entry.title;
    button.title = entry.description;
    button.addEventListener("click", () => choose(entry, button));
    item.append(button);
    $("library").append(item);
  }
  document.body.dataset.ready = "true";
}

start();
