#!/usr/bin/env python3
"""One-off (issue 20): moves three-language Label tables into Catalogue.{fr,nl,en}.resx, leaving keys in the code.
Usage: labels-to-resx.py PREFIX FILE... ; prints keys it could not name."""
import re, sys, html
from pathlib import Path

root = Path(__file__).resolve().parent.parent
prefix, files = sys.argv[1], sys.argv[2:]
STR = r'(\$?"(?:[^"\\]|\\.)*")'
LABEL = re.compile(r'new\(\s*' + STR + r'\s*,\s*' + STR + r'\s*,\s*' + STR + r'\s*\)', re.S)
MEMBER = re.compile(r'public static (?:readonly )?Label\??\s+(\w+)\s*(\(([^)]*)\))?')
ARM = re.compile(r'([\w."]+)\s*=>\s*$')

def kebab(s):
    s = s.strip('"').split('.')[-1]
    s = re.sub(r'(?<=[a-z0-9])(?=[A-Z])', '-', s).replace('_', '-').lower()
    return 'other' if s == '' else s

def unquote(s):
    interp = s.startswith('$')
    body = s[2:-1] if interp else s[1:-1]
    body = re.sub(r'\\(u[0-9a-fA-F]{4}|.)', lambda e: chr(int(e.group(1)[1:], 16)) if len(e.group(1)) == 5 else {'n': '\n', 't': '\t'}.get(e.group(1), e.group(1)), body)
    names = []
    if interp:
        def arg(m):
            expr = m.group(1)
            name = re.findall(r'\w+', expr)[-1]
            name = name[0].lower() + name[1:]
            if name not in names: names.append(name)
            return '{' + name + '}'
        body = re.sub(r'\{([^{}]+)\}', arg, body)
    return body, names

entries = {}
existing = set(re.findall(r'data name="([^"]+)"', (root / 'src/Api/Localisation/Catalogue.en.resx').read_text()))
for f in files:
    path = root / f
    text = path.read_text()
    out, pos = [], 0
    for m in LABEL.finditer(text):
        before = text[:m.start()]
        members = list(MEMBER.finditer(before))
        if not members:  # a word written where it is used (a page): named by its English words
            en = unquote(m.group(3))[0]
            key = f"{prefix}." + '-'.join(re.findall(r'[a-z0-9]+', en.lower())[:6])
            while key in entries and entries[key] != [unquote(s)[0] for s in m.groups()]: key += '-2'
            entries.pop(key, None)
            params = None
        else:
            member = members[-1]
            name, params = member.group(1), member.group(3)
            key = f"{prefix}.{kebab(name)}"
        line = before[before.rfind('\n') + 1:]
        arm = ARM.search(line)
        if params:
            ptype = params.split()[0] if params.strip() else ''
            if name == 'Of': key = f"{prefix}.{kebab(ptype)}"
            if arm: key += '.' + ('other' if arm.group(1) == '_' else kebab(arm.group(1)))
        values = [unquote(s) for s in m.groups()]
        args = values[0][1]
        if key in existing: print('key already in the catalogue', key, file=sys.stderr); sys.exit(1)
        if key in entries: print('duplicate key', key, file=sys.stderr); sys.exit(1)
        entries[key] = [v for v, _ in values]
        call = f'new("{key}")' if not args else f'new("{key}", new {{ {", ".join(args)} }})'
        if args: print('check args', key, args)
        out.append(text[pos:m.start()]); out.append(call); pos = m.end()
    out.append(text[pos:])
    path.write_text(re.sub(r'\bLabel\b', 'Word', ''.join(out)))

for i, lang in enumerate(['fr', 'nl', 'en']):
    resx = root / f'src/Api/Localisation/Catalogue.{lang}.resx'
    text = resx.read_text()
    block = ''.join(f'  <data name="{k}" xml:space="preserve"><value>{html.escape(v[i], quote=False)}</value></data>\n'
                    for k, v in sorted(entries.items()))
    resx.write_text(text.replace('</root>', block + '</root>'))
print(len(entries), 'entries')
