# Reads `helm template` output (argv[1]) and prints, as JSON, the Service names and, per
# Deployment, the rendered deployment.toml and the most specific Service selecting its pods
# (an instance service before the release one). Used by tests/tst_helm.cpp.
import sys, json, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
cms = {d['metadata']['name']: d['data'] for d in docs
       if d['kind'] == 'ConfigMap' and 'deployment.toml' in (d.get('data') or {})}
svcs = [d for d in docs if d['kind'] == 'Service']
pods = []
for d in docs:
    if d['kind'] not in ('Deployment', 'StatefulSet'):
        continue
    t = d['spec']['template']
    labels = t['metadata'].get('labels', {})
    cm = [v['configMap']['name'] for v in t['spec'].get('volumes', []) if v.get('configMap', {}).get('name') in cms]
    match = [s for s in svcs if s['spec'].get('selector') and
             all(labels.get(k) == v for k, v in s['spec']['selector'].items())]
    match.sort(key=lambda s: (-len(s['spec']['selector']), s['metadata']['name']))
    pods.append({'service': match[0]['metadata']['name'] if match else '',
                 'toml': cms[cm[0]]['deployment.toml'] if cm else ''})
print(json.dumps({'services': sorted(s['metadata']['name'] for s in svcs), 'pods': pods}))
