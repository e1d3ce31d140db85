#!/usr/bin/python3
"""The benchmark pipeline of bench/SPEC.md written the way an analyst would with pandas + statsmodels.

Usage: /usr/bin/python3 bench/peers/pandas_statsmodels.py DATA_DIR OUT_DIR [CODEBOOK]

Reads DATA_DIR/{roster,register,hours}.csv (from `jobfirst-eval bench-generate`) and writes the SPEC's
CSVs to OUT_DIR: linkage, effects, balance, logit, ame, timings. Vectorised pandas/numpy throughout;
the estimators are statsmodels' (CompareMeans with unequal variances = Welch; Logit + get_margeff).
"""

import datetime
import os
import sys
import time
import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW, ttest_ind

FOLLOW_UP = 156
HISTORY = 156
LOGIT_WEEK = 26
OUTCOMES = ["internship", "wage_subsidy", "hours", "employed", "active13"]
COVARIATES = [
    "treatment", "female", "age", "age_sq", "resource_course", "educ_upper_secondary", "educ_higher",
    "hist_employed", "hist_self_support", "hist_sick",
]
# Category codes used below (any fixed numbering works).
SELF_SUPPORT, INTERNSHIP, WAGE_SUBSIDY, SICKNESS, OTHER = 0, 1, 2, 3, 4


def code_lookup(codebook_path):
    """Array code -> category for codes 0..9999 (-1 = not in the codebook); ranges a-b expanded."""
    book = pd.read_csv(codebook_path, dtype=str, keep_default_na=False)
    names = {"internship": INTERNSHIP, "wage_subsidy": WAGE_SUBSIDY, "sickness_benefit": SICKNESS}
    lookup = np.full(10000, -1, dtype=np.int8)
    for code, category in zip(book["code"], book["category"]):
        lo, _, hi = code.partition("-")
        lookup[int(lo): int(hi or lo) + 1] = names.get(category, SELF_SUPPORT if category == "self_support" else OTHER)
    return lookup


def week_offset_of(first_week_column, dates):
    """Offset (in weeks) of the ISO week containing each date from the register's first week column."""
    yy, ww = int(first_week_column[2:4]), int(first_week_column[4:6])
    first_monday = datetime.date.fromisocalendar(1900 + yy if yy >= 90 else 2000 + yy, ww, 1)
    mondays = dates - pd.to_timedelta(dates.dt.weekday, unit="D")
    return ((mondays - pd.Timestamp(first_monday)).dt.days // 7).to_numpy()


def welch(x1, x0):
    """Difference in means x1 - x0 with Welch SE, Welch-Satterthwaite df and t 95% CI (statsmodels)."""
    cm = CompareMeans(DescrStatsW(x1), DescrStatsW(x0))
    se = cm.std_meandiff_separatevar
    _, _, df = cm.ttest_ind(usevar="unequal")
    low, high = cm.tconfint_diff(alpha=0.05, usevar="unequal")
    return x1.mean() - x0.mean(), se, df, low, high


def main(data, out, codebook):
    # Weeks where nobody varies (e.g. active13 before week 13) give 0/0 in the Welch df: NaN, as intended.
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="statsmodels")
    os.makedirs(out, exist_ok=True)
    timings = {}
    t = time.perf_counter()
    start = t

    # --- read ---
    roster = pd.read_csv(os.path.join(data, "roster.csv"), dtype={"person_id": str}, parse_dates=["visitation_date"])
    header = pd.read_csv(os.path.join(data, "register.csv"), nrows=0).columns
    weeks = [c for c in header if c.startswith("y_")]
    # The register can be far larger than the roster: read it in chunks and keep the roster's rows.
    wanted = set(roster["person_id"])
    kept = []
    register_rows = 0
    for chunk in pd.read_csv(
        os.path.join(data, "register.csv"),
        dtype={"person_id": str, **{c: np.float32 for c in weeks}},
        chunksize=200_000,
    ):
        register_rows += len(chunk)
        kept.append(chunk[chunk["person_id"].isin(wanted)])
    register = pd.concat(kept, ignore_index=True)
    del kept
    hours = pd.read_csv(
        os.path.join(data, "hours.csv"),
        dtype={"person_id": "category", "iso_week": "category", "hours": np.float64},
    )
    lookup = code_lookup(codebook)

    # linkage: roster persons found in the register, in roster order
    position = pd.Series(np.arange(len(register)), index=register["person_id"])
    if position.index.duplicated().any():
        raise SystemExit("register: a person appears in two rows")
    row_of = position.reindex(roster["person_id"]).to_numpy()
    matched = ~np.isnan(row_of)
    linkage = {
        "roster_rows": len(roster),
        "register_rows": register_rows,
        "matched": int(matched.sum()),
        "roster_only": int((~matched).sum()),
        "register_only": int(register_rows - matched.sum()),
    }
    roster = roster[matched].reset_index(drop=True)
    codes = register[weeks].to_numpy()[row_of[matched].astype(np.int64)]
    del register
    codes = np.nan_to_num(codes, nan=0).astype(np.int16)  # blank cell = self-support (code 0 is not used)
    used = np.unique(codes)
    unknown = [c for c in used if c != 0 and lookup[c] < 0]
    if unknown:
        raise SystemExit(f"codes not in the codebook: {unknown}")
    category = lookup[codes]
    category[codes == 0] = SELF_SUPPORT
    del codes

    # hours: long -> person x week matrix aligned with the roster (absent person-weeks are 0)
    if hours.duplicated(["person_id", "iso_week"]).any():
        raise SystemExit("hours: the same person-week twice")
    person = pd.Series(np.arange(len(roster)), index=roster["person_id"])
    prow = person.reindex(hours["person_id"].cat.categories).to_numpy()[hours["person_id"].cat.codes.to_numpy()]
    iso = pd.Series(hours["iso_week"].cat.categories)
    week_monday = pd.to_datetime(iso + "-1", format="%G-W%V-%u")
    wcol = week_offset_of(weeks[0], week_monday)[hours["iso_week"].cat.codes.to_numpy()]
    keep = ~np.isnan(prow) & (wcol >= 0) & (wcol < len(weeks))
    hours_matrix = np.zeros((len(roster), len(weeks)), dtype=np.float32)
    hours_matrix[prow[keep].astype(np.int64), wcol[keep]] = hours["hours"].to_numpy()[keep]
    del hours
    timings["read"] = time.perf_counter() - t
    t = time.perf_counter()

    # --- indicators: event weeks 1..156 and history weeks -155..0 ---
    n, extract = category.shape
    start_col = week_offset_of(weeks[0], roster["visitation_date"]).astype(np.int32)
    rows = np.arange(n, dtype=np.int32)[:, None]
    cols = start_col[:, None] + np.arange(FOLLOW_UP, dtype=np.int32)[None, :]
    observed = cols < extract
    cols_c = np.minimum(cols, extract - 1)
    cat_f = category[rows, cols_c]
    hours_f = np.where(observed, hours_matrix[rows, cols_c], 0)
    outcome = {
        "internship": cat_f == INTERNSHIP,
        "wage_subsidy": cat_f == WAGE_SUBSIDY,
        "hours": hours_f,
        "employed": hours_f > 0,
    }
    active = (cat_f == INTERNSHIP) | (cat_f == WAGE_SUBSIDY) | (hours_f > 0)
    count = np.zeros(n, dtype=np.int32)
    gap = np.zeros(n, dtype=np.int32)
    reached = np.zeros(n, dtype=bool)
    active13 = np.zeros((n, FOLLOW_UP), dtype=bool)
    for k in range(FOLLOW_UP):  # the spell counter runs over weeks, vectorised over persons
        a = active[:, k]
        gap = np.where(a, 0, gap + 1)
        count = np.where(a, count + 1, np.where(gap > 4, 0, count))
        reached |= count >= 13
        active13[:, k] = reached
    outcome["active13"] = active13
    hcols = start_col[:, None] + np.arange(-HISTORY, 0, dtype=np.int32)[None, :]
    inside = hcols >= 0
    hcols_c = np.maximum(hcols, 0)
    cat_h = category[rows, hcols_c]
    covariates = pd.DataFrame(
        {
            "treatment": (roster["arm"] == "treatment").astype(float),
            "female": (roster["gender"] == "female").astype(float),
            "age": roster["age"].astype(float),
            "resource_course": (roster["target_group"] == "resource_course").astype(float),
            "educ_upper_secondary": (roster["education"] == "upper_secondary").astype(float),
            "educ_higher": (roster["education"] == "higher").astype(float),
            "hist_employed": ((hours_matrix[rows, hcols_c] > 0) & inside).sum(axis=1).astype(float),
            "hist_self_support": ((cat_h == SELF_SUPPORT) & inside).sum(axis=1).astype(float),
            "hist_sick": ((cat_h == SICKNESS) & inside).sum(axis=1).astype(float),
        }
    )
    covariates["age_sq"] = covariates["age"] ** 2 / 100
    del category, hours_matrix, cat_h
    timings["indicators"] = time.perf_counter() - t
    t = time.perf_counter()

    # --- weekly effects: difference in means per outcome and week, Welch ---
    treated = covariates["treatment"].to_numpy() == 1
    effects = []
    for name in OUTCOMES:
        y = outcome[name]
        for k in range(FOLLOW_UP):
            obs = observed[:, k]
            x1 = y[obs & treated, k].astype(np.float64)
            x0 = y[obs & ~treated, k].astype(np.float64)
            if len(x1) < 2 or len(x0) < 2:
                continue
            est, se, df, low, high = welch(x1, x0)
            effects.append([name, k + 1, len(x1), len(x0), x1.mean(), x0.mean(), est, se, df, low, high])
    effects = pd.DataFrame(
        effects,
        columns=["outcome", "week", "n_treated", "n_control", "mean_treated", "mean_control", "estimate",
                 "std_error", "df", "conf_low", "conf_high"],
    )
    timings["effects"] = time.perf_counter() - t
    t = time.perf_counter()

    # --- balance ---
    balance = []
    for name in ["female", "age", "resource_course", "hist_employed", "hist_self_support", "hist_sick"]:
        x1, x0 = covariates.loc[treated, name], covariates.loc[~treated, name]
        diff = x1.mean() - x0.mean()
        smd = diff / np.sqrt((x1.var() + x0.var()) / 2)
        _, p, _ = ttest_ind(x1, x0, usevar="unequal")
        balance.append([name, x1.mean(), x0.mean(), diff, smd, p])
    balance = pd.DataFrame(balance, columns=["covariate", "mean_treated", "mean_control", "difference", "smd", "p_value"])
    timings["balance"] = time.perf_counter() - t
    t = time.perf_counter()

    # --- logit of employment in week 26 on 10 covariates, with AMEs ---
    obs26 = observed[:, LOGIT_WEEK - 1]
    y = outcome["employed"][obs26, LOGIT_WEEK - 1].astype(np.float64)
    X = sm.add_constant(covariates.loc[obs26, COVARIATES].reset_index(drop=True))
    fit = sm.Logit(y, X).fit(method="newton", tol=1e-10, maxiter=50, disp=0)  # converged MLE (see the R peer)
    logit = pd.DataFrame({"term": ["(Intercept)"] + COVARIATES, "estimate": fit.params.to_numpy(), "std_error": fit.bse.to_numpy()})
    margins = fit.get_margeff(at="overall", method="dydx", dummy=True)
    ame = pd.DataFrame({"term": COVARIATES, "estimate": margins.margeff, "std_error": margins.margeff_se})
    timings["logit"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - start

    pd.DataFrame(list(linkage.items()), columns=["measure", "count"]).to_csv(os.path.join(out, "linkage.csv"), index=False)
    for name, frame in [("effects", effects), ("balance", balance), ("logit", logit), ("ame", ame)]:
        frame.to_csv(os.path.join(out, f"{name}.csv"), index=False, float_format="%.17g")
    pd.DataFrame(list(timings.items()), columns=["stage", "seconds"]).to_csv(os.path.join(out, "timings.csv"), index=False)
    for stage, seconds in timings.items():
        print(f"{stage:12s} {seconds:9.2f} s")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    default_codebook = os.path.join(here, "..", "..", "data-schema", "codebook.default.csv")
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else default_codebook)
