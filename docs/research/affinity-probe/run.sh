#!/usr/bin/env bash
# usage: run.sh <version> <label> -- args...
v=$1; label=$2; shift 3
root=/tmp/affprobe/sb-$v; mkdir -p $root/home $root/state
entry=$HOME/.cache/cloudsigma-taas/openclaw-hosts/$v/node_modules/openclaw/openclaw.mjs
[ "$v" = 2026.6.6 ] && entry=/work/main/node_modules/openclaw/openclaw.mjs
extra=''; [ "$v" = 2026.9.6 ] && extra='"models": { "catalogRefresh": { "enabled": false }, "providers": PROV }, ' || extra='"models": { "providers": PROV }, '
prov='{ "affprobe": { "baseUrl": "http://127.0.0.2:18777/v1", "api": "openai-completions", "apiKey": "sk-probe", "models": [ { "id": "m1", "name": "m1", "reasoning": false, "input": ["text","image"], "contextWindow": 100000, "maxTokens": 1000, "cost": {"input": 1, "output": 2, "cacheRead": 0.5, "cacheWrite": 0} } ] } }'
extra=${extra/PROV/$prov}
[ -f $root/state/openclaw.json ] || cat > $root/state/openclaw.json <<EOC
{ "update": { "checkOnStart": false }, $extra
  "plugins": { "allow": ["affprobe"], "load": { "paths": ["/tmp/affprobe/plugin"] }, "entries": { "openclaw-taas-affinity": { "enabled": true } } },
  "agents": { "defaults": { "model": { "primary": "affprobe/m1" } } },
  "logging": { "file": "$root/openclaw.log" } }
EOC
echo "=== $label" >> /tmp/affprobe/probe.log; echo "=== $v $label" >> /tmp/affprobe/wire.log
cd $root; env -i PATH=$PATH HOME=$root/home OPENCLAW_HOME=$root/home OPENCLAW_STATE_DIR=$root/state OPENCLAW_CONFIG_PATH=$root/state/openclaw.json CI=1 OPENCLAW_NO_AUTO_UPDATE=1 NO_COLOR=1 AFFPROBE_LOG=/tmp/affprobe/probe.log timeout 150 node $entry "$@"
