import http from "node:http"; import { appendFileSync } from "node:fs";
let n = 0;
http.createServer((req, res) => { let b = ""; req.on("data", c => b += c); req.on("end", () => {
  n++; let body = {}; try { body = JSON.parse(b); } catch {}
  const h = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["content-length","connection","host","accept-encoding","accept","content-type","user-agent"].includes(k)));
  const last = body.messages?.at(-1);
  appendFileSync("/tmp/affprobe/wire.log", JSON.stringify({ n, url: req.url, h, metadata: body.metadata, user: body.user, prompt_cache_key: body.prompt_cache_key, lastRole: last?.role, nMsgs: body.messages?.length, tools: body.tools?.length }) + "\n");
  if (req.url.endsWith("/models")) { res.writeHead(200, {"content-type":"application/json"}); return res.end(JSON.stringify({data:[{id:"m1"}]})); }
  res.writeHead(200, { "content-type": "text/event-stream", "x-double": "yes-" + n });
  const wantTool = (body.tools?.length ?? 0) > 0 && JSON.stringify(body.messages).includes("TOOLPLEASE") && !body.messages.some(m => m.role === "tool");
  const chunk = (d) => res.write("data: " + JSON.stringify({ id: "c" + n, object: "chat.completion.chunk", model: "m1", choices: d ? [d] : [], ...(d ? {} : { usage: { prompt_tokens: 100, completion_tokens: 5, total_tokens: 105, prompt_tokens_details: { cached_tokens: 60 } } }) }) + "\n\n");
  if (wantTool) { chunk({ index: 0, delta: { role: "assistant", tool_calls: [{ index: 0, id: "call1abcd", type: "function", function: { name: "session_status", arguments: "{}" } }] } }); chunk({ index: 0, delta: {}, finish_reason: "tool_calls" }); }
  else { chunk({ index: 0, delta: { role: "assistant", content: "probe reply " + n } }); chunk({ index: 0, delta: {}, finish_reason: "stop" }); }
  chunk(null); res.write("data: [DONE]\n\n"); res.end();
}); }).listen(18777, "127.0.0.2", () => console.log("up"));
