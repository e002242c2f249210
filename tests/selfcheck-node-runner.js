// Runs the JavaScript self-check engine for the Python tests.
// stdin: {"ruleset": <ruleset JSON>, "cases": [{"name", "text", "profile"}]}
// stdout: {"<name>": [finding, …], …}
"use strict";
const path = require("path");
const engine = require(path.join(__dirname, "..", "docs", "assets", "javascripts", "self-check", "engine.js"));

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const out = {};
  for (const c of request.cases) {
    out[c.name] = engine.checkText(c.text, request.ruleset, c.profile || "draft");
  }
  process.stdout.write(JSON.stringify(out));
});
