#!/usr/bin/env python3
"""Turns the marked-up articles in tools/marked/{dev,test}/*.txt into the gold set's .txt and .ann files.

Markup (nestable, e.g. a statistic inside a claim or an opinion):
  {{st|...}}   Statistic            {{cl|...}}   Claim
  {{op N|...}} Attributed_opinion of group N (several spans may share a group: a broken quote)
  {{sr N|...}} Source of group N    {{cu N|...}} Cue of group N   ({{sr 5,6|...}}: one Source of groups 5 and 6)
  <U+0301>     a code point written by its number (combining marks, invisible characters)
A first line "#crlf" writes the article with CRLF line endings. Offsets are code points (Python str indices),
counted in the written file (so a CRLF counts two). Run from anywhere: python3 convert.py
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE.parent
OPEN = re.compile(r'\{\{(st|cl|op|sr|cu)(?: (\w+(?:,\w+)*))?\|')
TYPES = {'st': 'Statistic', 'cl': 'Claim', 'op': 'Attributed_opinion', 'sr': 'Source', 'cu': 'Cue'}
ORDER = ['Statistic', 'Attributed_opinion', 'Source', 'Cue', 'Claim']


def convert(src: pathlib.Path):
    raw = src.read_text('utf-8')
    crlf = False
    if raw.startswith('#'):
        first, raw = raw.split('\n', 1)
        crlf = 'crlf' in first[1:].split()
    raw = re.sub(r'<U\+([0-9A-Fa-f]{4,6})>', lambda m: chr(int(m.group(1), 16)), raw)
    raw = raw.strip('\n') + '\n'
    if crlf:
        raw = raw.replace('\n', '\r\n')
    out, stack, spans = [], [], []
    i = 0
    while i < len(raw):
        m = OPEN.match(raw, i)
        if m:
            if m.group(1) != 'st' and m.group(1) != 'cl' and m.group(2) is None:
                sys.exit(f'{src.name}: {m.group(0)} needs a group number')
            stack.append((TYPES[m.group(1)], m.group(2), len(out)))
            i = m.end()
        elif raw.startswith('}}', i):
            if not stack:
                sys.exit(f'{src.name}: unmatched }} near {"".join(out[-40:])!r}')
            t, g, b = stack.pop()
            spans.append((t, g, b, len(out)))
            i += 2
        else:
            if raw[i] in '{}':
                sys.exit(f'{src.name}: stray brace near {"".join(out[-40:])!r}')
            out.append(raw[i])
            i += 1
    if stack:
        sys.exit(f'{src.name}: unclosed {stack}')
    text = ''.join(out)
    for t, g, b, e in spans:
        s = text[b:e]
        if not s or '\n' in s or '\r' in s or s != s.strip():
            sys.exit(f'{src.name}: bad {t} span {s!r}')
        if t == 'Claim' and s.endswith('.'):
            sys.exit(f'{src.name}: claim ends with a full stop: {s!r}')
    spans.sort(key=lambda x: (x[2], -x[3], ORDER.index(x[0])))
    ids = {}
    lines = []
    for n, (t, g, b, e) in enumerate(spans, 1):
        ids[(t, g, b, e)] = f'T{n}'
        lines.append(f'T{n}\t{t} {b} {e}\t{text[b:e]}')
    groups = {}
    for sp in spans:
        for g in (sp[1].split(',') if sp[1] else []):
            groups.setdefault(g, {'Attributed_opinion': [], 'Source': [], 'Cue': []})[sp[0]].append(sp)
    r = 0
    for g, parts in sorted(groups.items(), key=lambda kv: kv[1]['Attributed_opinion'][0][2] if kv[1]['Attributed_opinion'] else -1):
        if not parts['Attributed_opinion'] or len(parts['Source']) != 1 or len(parts['Cue']) != 1:
            sys.exit(f'{src.name}: group {g} needs opinions, one source and one cue: {parts}')
        for op in parts['Attributed_opinion']:
            r += 1
            lines.append(f'R{r}\tSpeaker Arg1:{ids[op]} Arg2:{ids[parts["Source"][0]]}')
            r += 1
            lines.append(f'R{r}\tCue Arg1:{ids[op]} Arg2:{ids[parts["Cue"][0]]}')
    split = src.parent.name
    dest = GOLD / split
    dest.mkdir(exist_ok=True)
    with open(dest / src.name, 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    with open(dest / (src.stem + '.ann'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    counts = {t: sum(1 for s in spans if s[0] == t) for t in ORDER}
    words = len(text.split())
    warn = '' if 200 <= words <= 450 else '  <-- WORDS OUT OF 200-450'
    print(f'{split}/{src.name}: {words} words, ' + ', '.join(f'{k} {v}' for k, v in counts.items()) + warn)
    return split, counts


def main():
    totals = {}
    for split in ('dev', 'test'):
        for src in sorted((HERE / 'marked' / split).glob('*.txt')):
            s, c = convert(src)
            tot = totals.setdefault(s, {t: 0 for t in ORDER} | {'articles': 0})
            tot['articles'] += 1
            for k, v in c.items():
                tot[k] += v
    for s, tot in totals.items():
        print(s, tot)


if __name__ == '__main__':
    main()
