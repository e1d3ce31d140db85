#!/usr/bin/python3
"""Checks that two benchmark output directories agree and prints their timing ratios.

Usage: /usr/bin/python3 bench/peers/compare.py REFERENCE_DIR OTHER_DIR [OTHER_DIR ...]

Each directory holds the CSVs of bench/SPEC.md (linkage, effects, balance, logit, ame, timings).
Agreement: linkage counts equal; the same effect rows (outcome, week); estimates and standard errors
within relative 1e-6 (|a - b| <= 1e-6 * max(|a|, |b|), or |a - b| <= 1e-12 for values that are zero up to
rounding). The other numeric columns (means, df, intervals, SMD, p-values) are checked the same way and
reported separately. Exit code 1 when estimates or SEs disagree. Uses only the standard library.
"""

import csv
import math
import os
import sys

REL = 1e-6
ABS = 1e-12
KEYS = {"effects": ["outcome", "week"], "balance": ["covariate"], "logit": ["term"], "ame": ["term"]}
PRIMARY = {
    "effects": ["estimate", "std_error"],
    "balance": ["difference"],
    "logit": ["estimate", "std_error"],
    "ame": ["estimate", "std_error"],
}


def read(directory, name):
    with open(os.path.join(directory, name + ".csv"), newline="") as f:
        return list(csv.DictReader(f))


def number(text):
    if text in ("", "NA", "nan", "NaN"):
        return math.nan
    return float(text)


def close(a, b):
    if math.isnan(a) and math.isnan(b):
        return True
    if math.isnan(a) or math.isnan(b):
        return False
    d = abs(a - b)
    return d <= ABS or d <= REL * max(abs(a), abs(b))


def relative(a, b):
    if (math.isnan(a) and math.isnan(b)) or a == b:
        return 0.0
    if math.isnan(a) or math.isnan(b):
        return math.inf
    return abs(a - b) / max(abs(a), abs(b))


def compare(reference, other):
    """Returns (primary_ok, report lines)."""
    lines = []
    ok = True
    ref_link = {r["measure"]: int(r["count"]) for r in read(reference, "linkage")}
    oth_link = {r["measure"]: int(r["count"]) for r in read(other, "linkage")}
    if ref_link != oth_link:
        ok = False
        lines.append(f"  linkage DIFFERS: {ref_link} vs {oth_link}")
    else:
        lines.append(f"  linkage equal: {ref_link}")
    for table, key in KEYS.items():
        ref_rows = {tuple(r[k] for k in key): r for r in read(reference, table)}
        oth_rows = {tuple(r[k] for k in key): r for r in read(other, table)}
        if ref_rows.keys() != oth_rows.keys():
            ok = False
            missing = sorted(ref_rows.keys() - oth_rows.keys())[:5]
            extra = sorted(oth_rows.keys() - ref_rows.keys())[:5]
            lines.append(f"  {table}: different rows (only in reference {missing}..., only in other {extra}...)")
            continue
        columns = [c for c in next(iter(ref_rows.values()), {}) if c not in key and c != "n_treated" and c != "n_control"]
        worst = {}
        bad = {}
        for k, r in ref_rows.items():
            o = oth_rows[k]
            for c in columns:
                a, b = number(r[c]), number(o[c])
                worst[c] = max(worst.get(c, 0.0), relative(a, b))
                if not close(a, b):
                    bad.setdefault(c, k)
            for c in ("n_treated", "n_control"):
                if c in r and r[c] != o[c]:
                    bad.setdefault(c, k)
        primary_bad = [c for c in PRIMARY[table] if c in bad]
        ok &= not primary_bad
        summary = ", ".join(f"{c} {worst[c]:.1e}" for c in columns)
        status = "agree" if not bad else ("DISAGREE on " if primary_bad else "estimates/SEs agree; other columns differ: ") + ", ".join(
            f"{c} (first at {bad[c]})" for c in bad
        )
        lines.append(f"  {table} ({len(ref_rows)} rows): max relative difference {summary} -> {status}")
    return ok, lines


def timings(directory):
    return {r["stage"]: float(r["seconds"]) for r in read(directory, "timings")}


def main(reference, others):
    all_ok = True
    ref_t = timings(reference)
    for other in others:
        ok, lines = compare(reference, other)
        all_ok &= ok
        print(f"{other} vs {reference}: {'AGREE' if ok else 'DISAGREE'} (estimates and SEs, relative {REL:g})")
        for line in lines:
            print(line)
    print()
    names = [os.path.basename(os.path.normpath(d)) for d in [reference] + others]
    print(f"{'stage':12s}" + "".join(f"{n:>22s}" for n in names) + "".join(f"{'ratio ' + n:>24s}" for n in names[1:]))
    other_t = [timings(d) for d in others]
    for stage in ref_t:
        row = f"{stage:12s}{ref_t[stage]:>20.2f} s"
        row += "".join(f"{t.get(stage, math.nan):>20.2f} s" for t in other_t)
        row += "".join(f"{t.get(stage, math.nan) / ref_t[stage]:>23.1f}x" for t in other_t)
        print(row)
    return 0 if all_ok else 1


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
