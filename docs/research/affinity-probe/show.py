import sys,json
for l in open('probe.log'):
  if l.startswith('==='): print(l.strip()); continue
  o=json.loads(l)
  if o['kind']=='register': continue
  st=o.pop('stack',None)
  if 'opts' in o and o['opts']: o['opts'].pop('keys',None)
  print(json.dumps(o)[:420])
  if st and '-s' in sys.argv: print('   ', st[:5])
print('--- wire')
for l in open('wire.log'):
  if l.startswith('==='): print(l.strip()); continue
  o=json.loads(l); print({k:o.get(k) for k in ['n','metadata','lastRole','nMsgs','tools']}, o['h'].get('x-turn'), o['h'].get('x-probe'), [k for k in o['h'] if 'session' in k or 'affinity' in k or 'request-id' in k])
