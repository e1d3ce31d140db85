# Golden values for the monitoring tests (JobFirst.Evaluation.Inference: McNemarTest, TwoProportionTest,
# BinomialTest; JobFirst.Evaluation.Monitoring.Survey: SurveyAnalysis).
# Run from this folder:  Rscript generate.R
# Writes tests.csv (one row per test case) and, for the survey analysis, the input files survey_paired.csv and
# survey_unpaired.csv with the expected tables survey_paired_expected.csv / survey_unpaired_expected.csv.
# Every number is written with sprintf("%.17g").
invisible(Sys.setlocale("LC_COLLATE", "C"))
f17 <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
rows <- list()
add <- function(test, case, a, b, c, d, correct, statistic, p, lo = NA, hi = NA) {
  rows[[length(rows) + 1]] <<- data.frame(test = test, case = case, a = a, b = b, c = c, d = d,
    correct = correct, statistic = f17(statistic), p_value = f17(p), conf_low = f17(lo), conf_high = f17(hi),
    stringsAsFactors = FALSE)
}
quiet <- function(expr) suppressWarnings(expr)

# McNemar: b = only first, c = only second; the concordant cells do not enter the statistic.
mc <- list(c(3, 10), c(10, 3), c(5, 5), c(0, 7), c(1, 0), c(12, 30), c(0, 60), c(40, 2), c(100, 160), c(2, 3))
for (k in seq_along(mc)) {
  b <- mc[[k]][1]; cc <- mc[[k]][2]
  # rows = first measurement (yes, no), columns = second: [1, 2] = b (yes then no), [2, 1] = c.
  tab <- matrix(0, 2, 2); tab[1, 1] <- 20; tab[1, 2] <- b; tab[2, 1] <- cc; tab[2, 2] <- 15
  for (corr in c(TRUE, FALSE)) {
    t <- quiet(mcnemar.test(tab, correct = corr))
    add("mcnemar", k, b, cc, NA, NA, corr, t$statistic, t$p.value)
  }
  ex <- binom.test(b, b + cc, 0.5)
  add("mcnemar_exact", k, b, cc, NA, NA, NA, NA, ex$p.value)
}

# Exact binomial, general p (R's relErr rule for the two-sided p-value).
bt <- list(c(3, 10, 0.5), c(0, 12, 0.5), c(12, 12, 0.5), c(7, 20, 0.3), c(2, 25, 0.3), c(15, 40, 0.2),
           c(48, 60, 0.5), c(5, 9, 0.5), c(1, 1, 0.5), c(30, 200, 0.1), c(4, 7, 0.6))
for (k in seq_along(bt)) {
  x <- bt[[k]][1]; n <- bt[[k]][2]; p <- bt[[k]][3]
  add("binom", k, x, n, p, NA, NA, NA, binom.test(x, n, p)$p.value)
}

# prop.test with two groups: x1 of n1 vs x2 of n2.
pt <- list(c(52, 70, 3, 80), c(48, 70, 2, 73), c(62, 71, 33, 80), c(39, 71, 6, 80), c(59, 71, 57, 79),
           c(57, 70, 50, 80), c(27, 64, 0, 79), c(10, 20, 10, 20), c(0, 15, 0, 12), c(15, 15, 14, 14),
           c(1, 4, 3, 5), c(500, 1000, 450, 1000), c(11, 12, 10, 13))
for (k in seq_along(pt)) {
  v <- pt[[k]]
  for (corr in c(TRUE, FALSE)) {
    t <- quiet(prop.test(c(v[1], v[3]), c(v[2], v[4]), correct = corr))
    add("prop", k, v[1], v[2], v[3], v[4], corr, t$statistic, t$p.value, t$conf.int[1], t$conf.int[2])
  }
}
write.csv(do.call(rbind, rows), "tests.csv", row.names = FALSE)

# ---- Survey analysis: "X of N units meet the threshold" per round, change and test ----
RNGkind("Mersenne-Twister", "Inversion", "Rejection"); set.seed(20201217)
units <- sprintf("K%03d", 1:40)
measures <- c("has_cv", "job_goal", "caseload")
make <- function(paired) {
  out <- list()
  for (u in units) for (r in c("baseline", "final")) for (m in measures) {
    if (!paired && runif(1) < 0.15) next                      # unit did not answer this round
    v <- if (m == "caseload") round(runif(1, 25, 70)) else as.integer(runif(1) < (if (r == "final") 0.7 else 0.2))
    if (!paired && m != "caseload" && runif(1) < 0.05) v <- NA  # answered the survey, skipped the question
    out[[length(out) + 1]] <- data.frame(municipality = u, round = r, measure = m,
                                         value = ifelse(is.na(v), "", as.character(v)), stringsAsFactors = FALSE)
  }
  do.call(rbind, out)
}
meets <- function(m, v) if (m == "caseload") v < 40 else v == 1
expected <- function(d, paired_rule) {
  res <- list()
  for (m in measures) {
    s <- d[d$measure == m & d$value != "", ]
    s$ok <- meets(m, as.numeric(s$value))
    b <- s[s$round == "baseline", ]; f <- s[s$round == "final", ]
    both <- intersect(b$municipality, f$municipality)
    same <- setequal(b$municipality, f$municipality)
    if (same) {
      bb <- b$ok[match(both, b$municipality)]; ff <- f$ok[match(both, f$municipality)]
      tab <- table(factor(bb, c(TRUE, FALSE)), factor(ff, c(TRUE, FALSE)))
      t <- suppressWarnings(mcnemar.test(tab))
      ex <- binom.test(tab[1, 2], tab[1, 2] + tab[2, 1], 0.5)$p.value
      test <- "mcnemar"; stat <- t$statistic; p <- t$p.value; lo <- NA; hi <- NA
    } else {
      t <- suppressWarnings(prop.test(c(sum(f$ok), sum(b$ok)), c(nrow(f), nrow(b))))
      test <- "prop_test"; stat <- t$statistic; p <- t$p.value; lo <- t$conf.int[1]; hi <- t$conf.int[2]; ex <- NA
    }
    res[[length(res) + 1]] <- data.frame(measure = m, baseline_met = sum(b$ok), baseline_n = nrow(b),
      final_met = sum(f$ok), final_n = nrow(f), n_both = length(both),
      change = f17(mean(f$ok) - mean(b$ok)), test = test, statistic = f17(stat), p_value = f17(p),
      exact_p_value = f17(ex), conf_low = f17(lo), conf_high = f17(hi), stringsAsFactors = FALSE)
  }
  do.call(rbind, res)
}
paired <- make(TRUE); unpaired <- make(FALSE)
write.csv(paired, "survey_paired.csv", row.names = FALSE, quote = FALSE)
write.csv(unpaired, "survey_unpaired.csv", row.names = FALSE, quote = FALSE)
write.csv(expected(paired), "survey_paired_expected.csv", row.names = FALSE)
write.csv(expected(unpaired), "survey_unpaired_expected.csv", row.names = FALSE)
