# Golden values for JobFirst.Evaluation.Survival (Kaplan-Meier, log-rank, RMST, discrete-time hazards).
# Run from this folder:  Rscript generate_km.R
# Writes the input CSVs (so C# reads exactly the same data) and km_*.csv / dt_*.csv at 17 significant digits.
# R survival 3.5-3, sandwich. survRM2 is not installed: its rmst1/rmst2 formulas (Uno et al. 2014, J Clin
# Oncol 32:2380-2385) are written out below and checked against survival:::survmean (print(fit, rmean = tau)).
suppressPackageStartupMessages({ library(survival); library(sandwich) })
Sys.setlocale("LC_COLLATE", "C")
f17 <- function(x) ifelse(is.na(x), "NA", ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), sprintf("%.17g", x)))
write_input <- function(df, file) write.csv(df, file, row.names = FALSE, na = "NA", quote = TRUE)

steps <- list(); summ <- list(); tests <- list(); at <- list()
add_test <- function(case, name, value) tests[[length(tests) + 1]] <<- data.frame(case = case, name = name, value = f17(value))

# survRM2::rmst1 formula (per arm), written out.
rmst1 <- function(time, status, tau) {
  ft <- survfit(Surv(time, status) ~ 1)
  idx <- ft$time <= tau
  wk.time <- sort(c(ft$time[idx], tau))
  wk.surv <- ft$surv[idx]; wk.n.risk <- ft$n.risk[idx]; wk.n.event <- ft$n.event[idx]
  time.diff <- diff(c(0, wk.time))
  areas <- time.diff * c(1, wk.surv)
  rmst <- sum(areas)
  wk.var <- ifelse((wk.n.risk - wk.n.event) == 0, 0, wk.n.event / (wk.n.risk * (wk.n.risk - wk.n.event)))
  wk.var <- c(wk.var, 0)
  c(rmst = rmst, se = sqrt(sum(cumsum(rev(areas[-1]))^2 * rev(wk.var)[-1])))
}

km_case <- function(case, d, tau, times, strata = FALSE, entry = FALSE) {
  write_input(d, paste0(case, ".csv"))
  d <- na.omit(d)
  groups <- sort(unique(d$group))
  for (ct in c("log", "log-log", "plain")) {
    for (g in groups) {
      s <- d[d$group == g, ]
      f <- if (entry) survfit(Surv(entry, time, event) ~ 1, data = s, conf.type = ct)
           else survfit(Surv(time, event) ~ 1, data = s, conf.type = ct)
      steps[[length(steps) + 1]] <<- data.frame(case = case, conf_type = ct, group = as.character(g),
        time = f17(f$time), n_risk = f$n.risk, n_event = f$n.event, n_censor = f$n.censor, surv = f17(f$surv),
        std_err = f17(f$std.err), std_err_surv = f17(summary(f, censored = TRUE)$std.err),
        lower = f17(f$lower), upper = f17(f$upper), cumhaz = f17(f$cumhaz))
      tab <- summary(f, rmean = tau)$table
      summ[[length(summ) + 1]] <<- data.frame(case = case, conf_type = ct, group = as.character(g),
        records = tab[["records"]], events = tab[["events"]], median = f17(tab[["median"]]),
        lcl = f17(tab[["0.95LCL"]]), ucl = f17(tab[["0.95UCL"]]), tau = f17(tau),
        rmean = f17(tab[["rmean"]]), se_rmean = f17(tab[["se(rmean)"]]))
      if (!entry) {
        r <- rmst1(s$time, s$event, tau)
        stopifnot(isTRUE(all.equal(unname(r[["rmst"]]), unname(tab[["rmean"]]), tolerance = 1e-12)),
                  isTRUE(all.equal(unname(r[["se"]]), unname(tab[["se(rmean)"]]), tolerance = 1e-12)))
      }
      tt <- times[times <= max(f$time)]  # summary() drops times beyond the last observation
      if (length(tt) > 0) {
        sm <- summary(f, times = tt)
        at[[length(at) + 1]] <<- data.frame(case = case, conf_type = ct, group = as.character(g),
          time = f17(sm$time), n_risk = sm$n.risk, surv = f17(sm$surv), std_err = f17(sm$std.err),
          lower = f17(sm$lower), upper = f17(sm$upper))
      }
    }
  }
  if (!entry && length(groups) >= 2) {
    sd <- survdiff(Surv(time, event) ~ group, data = d)
    add_test(case, "logrank_chisq", sd$chisq)
    add_test(case, "logrank_df", sum(sd$exp > 0) - 1)
    add_test(case, "logrank_p", pchisq(sd$chisq, sum(sd$exp > 0) - 1, lower.tail = FALSE))
    for (k in seq_along(groups)) {
      add_test(case, paste0("observed:", groups[k]), sd$obs[k])
      add_test(case, paste0("expected:", groups[k]), sd$exp[k])
      for (l in seq_along(groups)) add_test(case, paste0("var:", groups[k], ":", groups[l]), sd$var[k, l])
    }
    if (strata) {
      ss <- survdiff(Surv(time, event) ~ group + strata(strata), data = d)
      add_test(case, "strat_logrank_chisq", ss$chisq)
      add_test(case, "strat_logrank_p", pchisq(ss$chisq, sum(rowSums(ss$exp) > 0) - 1, lower.tail = FALSE))
      for (k in seq_along(groups)) {
        add_test(case, paste0("strat_observed:", groups[k]), sum(ss$obs[k, ]))
        add_test(case, paste0("strat_expected:", groups[k]), sum(ss$exp[k, ]))
      }
    }
    # survRM2::rmst2 unadjusted difference (arm = each later group vs the first), and survival difference.
    r0 <- rmst1(d$time[d$group == groups[1]], d$event[d$group == groups[1]], tau)
    for (g in groups[-1]) {
      r1 <- rmst1(d$time[d$group == g], d$event[d$group == g], tau)
      add_test(case, paste0("rmst_diff:", g), r1[["rmst"]] - r0[["rmst"]])
      add_test(case, paste0("rmst_diff_se:", g), sqrt(r1[["se"]]^2 + r0[["se"]]^2))
    }
  }
}

v <- survival::veteran
km_case("veteran", data.frame(time = v$time, event = v$status, group = v$trt, strata = as.character(v$celltype)),
        tau = 365, times = c(0, 30, 100, 100.5, 180, 999), strata = TRUE)
o <- survival::ovarian
km_case("ovarian", data.frame(time = o$futime, event = o$fustat, group = o$rx, strata = o$resid.ds),
        tau = 1000, times = c(0, 365, 500, 1300), strata = TRUE)
a <- survival::aml
km_case("aml", data.frame(time = a$time, event = a$status, group = as.character(a$x)), tau = 40, times = c(5, 20, 48))
l <- survival::lung
km_case("lung", data.frame(time = l$time, event = as.integer(l$status == 2), group = l$sex, strata = l$ph.ecog),
        tau = 500, times = c(0, 180, 365, 1000), strata = TRUE)
km_case("lung_ecog", data.frame(time = l$time, event = as.integer(l$status == 2), group = l$ph.ecog),
        tau = 500, times = c(200, 400))
km_case("half", data.frame(time = c(1, 2, 3, 4, 1, 2, 2, 5, 6, 6), event = c(1, 1, 1, 1, 1, 0, 1, 1, 0, 1),
                           group = c(rep("a", 4), rep("b", 6))), tau = 3.5, times = c(0.5, 2, 7))
h <- survival::heart
km_case("heart", data.frame(entry = h$start, time = h$stop, event = h$event, group = h$transplant),
        tau = 500, times = c(0, 50, 300), entry = TRUE)

write.csv(do.call(rbind, steps), "km_steps.csv", row.names = FALSE)
write.csv(do.call(rbind, summ), "km_summary.csv", row.names = FALSE)
write.csv(do.call(rbind, at), "km_at.csv", row.names = FALSE)
write.csv(do.call(rbind, tests), "km_tests.csv", row.names = FALSE)
