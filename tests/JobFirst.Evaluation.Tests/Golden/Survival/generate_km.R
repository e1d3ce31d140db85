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

# Simulator spells: sim_spells.csv is the output of
#   jobfirst-eval simulate --scenario jobfirst --extract-end 2018-W26 --persons 1200 --out sim
#   jobfirst-eval spells --roster sim/roster.csv --register sim/register.csv --hours sim/hours.csv --codebook sim/codebook.csv
# (ordinary-hours spells; spells ongoing in event week 1 are excluded from the analyses, as the CLI's default).
sp <- read.csv("sim_spells.csv", stringsAsFactors = FALSE)
sp <- sp[sp$ongoing_at_entry == 0, ]
km_case("sim", data.frame(time = sp$time, event = sp$event, group = sp$arm, strata = sp$target_group),
        tau = 52, times = c(0, 4, 13, 26, 52), strata = TRUE)

write.csv(do.call(rbind, steps), "km_steps.csv", row.names = FALSE)
write.csv(do.call(rbind, summ), "km_summary.csv", row.names = FALSE)
write.csv(do.call(rbind, at), "km_at.csv", row.names = FALSE)
write.csv(do.call(rbind, tests), "km_tests.csv", row.names = FALSE)

# ---- Discrete-time hazards: person-period expansion + glm(binomial(cloglog | logit)) + sandwich ----
# Reference fits are iterated to the fixed point (the deviance rule can stop Fisher scoring early on flat
# likelihoods): epsilon below machine precision, 300 iterations; R's "did not converge" warning is expected.
tight <- glm.control(epsilon = 1e-30, maxit = 300)
band_labels <- function(lower) {
  w <- nchar(as.character(max(lower)))
  pad <- function(v) formatC(v, width = w, flag = "0")
  c(paste0(pad(lower[-length(lower)]), "-", pad(lower[-1] - 1)), paste0(pad(lower[length(lower)]), "+"))
}
expand <- function(d, lower) {
  d <- d[d$time > 0, ]
  idx <- rep(seq_len(nrow(d)), d$time)
  pp <- d[idx, ]
  pp$duration <- sequence(d$time)
  pp$event <- as.integer(d$event[idx] == 1 & pp$duration == d$time[idx])
  pp$log_duration <- log(pp$duration)
  labs <- band_labels(lower)
  pp$duration_band <- factor(labs[findInterval(pp$duration, lower)], levels = sort(labs, method = "radix"))
  pp
}
dt <- list()
dt_fit <- function(case, pp, formula, link, cluster) {
  fit <- suppressWarnings(glm(formula, data = pp, family = binomial(link = link), control = tight))
  V <- list(model = vcov(fit), hc0 = vcovHC(fit, type = "HC0"), hc1 = vcovHC(fit, type = "HC1"),
            cluster_r = vcovCL(fit, cluster = pp[[cluster]], type = "HC1", cadjust = TRUE),
            cluster_stata = vcovCL(fit, cluster = pp[[cluster]], type = "HC0", cadjust = TRUE))
  for (nm in names(V)) dt[[length(dt) + 1]] <<- data.frame(case = case, link = link, cluster = cluster, vcov = nm,
    formula = deparse(formula), term = names(coef(fit)), estimate = f17(coef(fit)), std_error = f17(sqrt(diag(V[[nm]]))))
  # R's default control (epsilon 1e-8, maxit 25) stops early for the non-canonical cloglog link (Fisher
  # scoring converges linearly): its estimates are kept to show the C# fit reproduces them with epsilon 1e-8.
  default_fit <- glm(formula, data = pp, family = binomial(link = link))
  dt[[length(dt) + 1]] <<- data.frame(case = case, link = link, cluster = cluster, vcov = "default_control",
    formula = deparse(formula), term = names(coef(default_fit)), estimate = f17(coef(default_fit)), std_error = "NA")
  dt[[length(dt) + 1]] <<- data.frame(case = case, link = link, cluster = cluster, vcov = "stat", formula = deparse(formula),
    term = c("log_likelihood", "rows", "events", "iterations_default_control"),
    estimate = f17(c(as.numeric(logLik(fit)), nrow(pp), sum(pp$event), default_fit$iter)), std_error = "NA")
}
sim_lower <- c(1, 2, 3, 4, 5, 9, 14, 27, 53)
spp <- expand(sp, sim_lower)
for (link in c("cloglog", "logit")) {
  dt_fit("sim", spp, event ~ treatment + duration_band, link, "key")
  dt_fit("sim", spp, event ~ treatment + target_group + log_duration + hist_weeks_employed, link, "key")
}
vm <- data.frame(key = seq_len(nrow(v)), time = ceiling(v$time / 30), event = v$status, trt = v$trt,
                 karno = v$karno, celltype = as.character(v$celltype))
write_input(vm, "veteran_months.csv")
vpp <- expand(vm, c(1, 2, 3, 4, 7, 13))
for (link in c("cloglog", "logit")) {
  dt_fit("veteran_months", vpp, event ~ trt + karno + celltype + duration_band, link, "key")
  dt_fit("veteran_months", vpp, event ~ trt + duration, link, "celltype")
}
write.csv(do.call(rbind, dt), "dt_golden.csv", row.names = FALSE)
writeLines(c(R.version.string, paste("survival", packageVersion("survival")),
             paste("sandwich", packageVersion("sandwich"))), "km_versions.txt")
