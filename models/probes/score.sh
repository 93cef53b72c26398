#!/bin/bash
# usage: models/probes/score.sh target/homerun.jar models/probes/probe2-nl.tsv nl [-v]   (needs jq and python3)
JAR=$1; F=$2; L=$3; V=$4
cut -f2- "$F" | java -jar "$JAR" analyze --lang "$L" 2>/dev/null | jq -r .label > /tmp/pred.$$
cut -f1 "$F" | paste - /tmp/pred.$$ <(cut -f2- "$F") | python3 -c '
import sys
rows=[l.rstrip("\n").split("\t",2) for l in sys.stdin]
labels=sorted(set(r[0] for r in rows))
f1s=[]
for lab in labels:
    tp=sum(1 for g,p,_ in rows if g==lab and p==lab); fp=sum(1 for g,p,_ in rows if g!=lab and p==lab); fn=sum(1 for g,p,_ in rows if g==lab and p!=lab)
    P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn) if tp+fn else 0; F=2*P*R/(P+R) if P+R else 0; f1s.append(F)
    print(f"{lab:18s} P {P:.2f} R {R:.2f} F1 {F:.2f}")
print(f"macro-F1 {sum(f1s)/len(f1s):.3f}  accuracy {sum(1 for g,p,_ in rows if g==p)/len(rows):.3f}")
if "'"$V"'"=="-v":
    for g,p,t in rows:
        if g!=p: print(f"  {g} -> {p}: {t}")
'
rm -f /tmp/pred.$$
