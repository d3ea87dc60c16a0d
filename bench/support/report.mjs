/**
 * One result shape for every benchmark, rendered as text (terminal) or Markdown
 * (BENCHMARKS.md): { id, title, method[], tables[{ caption, headers, rows }], targets[], notes[] }.
 * A target is { name, target, measured, met, kind: "time" | "count" | "size" }; `met: null`
 * marks a figure that is reported without a goal.
 */

/** "yes" / "no" for a target, "n/a" for one reported without a goal. */
export function metLabel(target, no = "no") {
  if (target.met === null) return "n/a";
  return target.met ? "yes" : no;
}

export function renderText(result) {
  const out = [`\n== ${result.title} ==\n`];
  for (const table of result.tables) {
    if (table.caption) out.push(`\n${table.caption}\n`);
    out.push(textTable(table.headers, table.rows));
  }
  if (result.targets.length > 0) {
    out.push("\nTargets\n");
    for (const t of result.targets) {
      const label = t.met === null ? "reported" : t.met ? "met" : "NOT MET";
      out.push(`  [${label}] ${t.name}: ${t.measured} (target ${t.target})\n`);
    }
  }
  for (const note of result.notes ?? []) out.push(`\n  note: ${note}\n`);
  out.push("\n");
  return out.join("");
}

function textTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row) => `  ${row.map((cell, i) => cell.padEnd(widths[i])).join("  ")}\n`;
  return [line(cells[0]), line(widths.map((w) => "-".repeat(w))), ...cells.slice(1).map(line)].join(
    "",
  );
}

/** A Markdown table with padded columns (the layout Biome's Markdown formatter keeps). */
export function markdownTable(headers, rows) {
  const escapeCell = (cell) => String(cell).replaceAll("|", "\\|");
  const cells = [headers, ...rows].map((row) => row.map(escapeCell));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  const rule = `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n");
}

export function renderMarkdownSection(result) {
  const out = [`## ${result.title}`, ""];
  out.push("**Method.**", "");
  for (const line of result.method) out.push(`- ${line}`);
  out.push("");
  for (const table of result.tables) {
    if (table.caption) out.push(`**${table.caption}**`, "");
    out.push(markdownTable(table.headers, table.rows), "");
  }
  if (result.targets.length > 0) {
    out.push(
      markdownTable(
        ["target", "goal", "measured", "met?"],
        result.targets.map((t) => [t.name, t.target, t.measured, metLabel(t, "**no**")]),
      ),
      "",
    );
  }
  for (const note of result.notes ?? []) out.push(note, "");
  return out.join("\n");
}

/** A count target that only the exact figure meets. */
export function exactCount(name, expected, measured) {
  return {
    name,
    target: String(expected),
    measured: String(measured),
    met: measured === expected,
    kind: "count",
  };
}
