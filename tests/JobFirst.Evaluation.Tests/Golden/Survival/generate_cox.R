# Golden values for JobFirst.Evaluation.Survival.Cox (coxph, robust/cluster variances, tests, concordance, cox.zph).
# Run from this folder:  Rscript generate_cox.R
# Writes the input CSVs (cox_data_*.csv, so C# reads exactly the same numbers) and cox_coef.csv, cox_stats.csv,
# cox_zph.csv, cox_zph_resid.csv at 17 significant digits. Every fit uses coxph's default control (eps 1e-9,
# iter.max 20), so iteration counts and estimates are what a user of coxph sees.
suppressPackageStartupMessages(library(survival))
Sys.setlocale("LC_COLLATE", "C")
f17 <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
coefs <- list(); stats <- list(); zph <- list(); zres <- list()
add <- function(case, vcov, term, est, se) {
  coefs[[length(coefs) + 1]] <<- data.frame(case = case, vcov = vcov, term = term, estimate = f17(est),
                                            std_error = f17(se), stringsAsFactors = FALSE)
}
stat <- function(case, name, value) {
  stats[[length(stats) + 1]] <<- data.frame(case = case, name = name, value = f17(value), stringsAsFactors = FALSE)
}
write_data <- function(d, name) {
  out <- d
  for (v in names(out)) if (is.numeric(out[[v]])) out[[v]] <- ifelse(is.na(out[[v]]), "NA", sprintf("%.17g", out[[v]]))
  write.csv(out, paste0("cox_data_", name, ".csv"), row.names = FALSE, quote = FALSE, na = "NA")
  read.csv(paste0("cox_data_", name, ".csv"), stringsAsFactors = FALSE)
}
# Factor levels in C-locale order, as the C# design builder codes text columns.
sorted_factor <- function(x) factor(as.character(x), levels = sort(unique(as.character(x[!is.na(x)])), method = "radix"))

record <- function(case, fit, vcov_name = "model") {
  b <- coef(fit)
  se <- rep(NA_real_, length(b)); ok <- !is.na(b)
  se[ok] <- sqrt(diag(vcov(fit))[ok])
  add(case, vcov_name, names(b), b, se)
  if (vcov_name != "model") return(invisible())
  s <- summary(fit)
  stat(case, "n", fit$n); stat(case, "events", fit$nevent)
  stat(case, "loglik_null", fit$loglik[1]); stat(case, "loglik", fit$loglik[2])
  stat(case, "lr_chisq", s$logtest[["test"]]); stat(case, "lr_df", s$logtest[["df"]])
  stat(case, "lr_p", s$logtest[["pvalue"]])
  # summary()$waldtest is rounded to 2 decimals; fit$wald.test is not.
  stat(case, "wald_chisq", fit$wald.test); stat(case, "wald_p", pchisq(fit$wald.test, sum(ok), lower.tail = FALSE))
  stat(case, "score_chisq", s$sctest[["test"]]); stat(case, "score_p", s$sctest[["pvalue"]])
  stat(case, "iterations", fit$iter)
  stat(case, "aic", AIC(fit)); stat(case, "bic", BIC(fit))
  cc <- fit$concordance
  for (nm in c("concordant", "discordant", "tied.x", "tied.y", "tied.xy", "concordance", "std"))
    stat(case, paste0("c_", nm), cc[[nm]])
  z <- qnorm(0.975)
  k <- which(ok)[1]
  stat(case, "first_conf_low", b[k] - z * se[k]); stat(case, "first_conf_high", b[k] + z * se[k])
  stat(case, "first_p", 2 * pnorm(-abs(b[k] / se[k])))
}
record_robust <- function(case, fit, vcov_name) {
  record(case, fit, vcov_name)
  stat(case, paste0(vcov_name, "_wald_chisq"), fit$wald.test)
  stat(case, paste0(vcov_name, "_robust_score"), fit$rscore)
  cc <- fit$concordance
  stat(case, paste0(vcov_name, "_c_std"), cc[["std"]])
}
record_zph <- function(case, fit, transforms = c("km", "identity", "rank"), resid = TRUE) {
  for (tr in transforms) {
    z <- cox.zph(fit, transform = tr)
    tb <- z$table
    zph[[length(zph) + 1]] <<- data.frame(case = case, transform = tr, term = rownames(tb), chisq = f17(tb[, "chisq"]),
                                          df = f17(tb[, "df"]), p = f17(tb[, "p"]), stringsAsFactors = FALSE)
    if (resid) {
      y <- as.matrix(z$y)
      for (j in seq_len(ncol(y))) {
        zres[[length(zres) + 1]] <<- data.frame(case = case, transform = tr, index = seq_len(nrow(y)),
                                                time = f17(z$time), x = f17(z$x), term = colnames(y)[j],
                                                value = f17(y[, j]), stringsAsFactors = FALSE)
      }
    }
  }
}

# ---- veteran: right-censored, factor celltype, both ties, robust ----
vet <- veteran; vet$karno2 <- 2 * vet$karno  # an aliased copy for the NA-coefficient case
vet <- write_data(vet, "veteran")
vet$celltype <- sorted_factor(vet$celltype)
for (ties in c("efron", "breslow")) {
  case <- paste0("veteran_", ties)
  f <- coxph(Surv(time, status) ~ trt + celltype + karno + diagtime + age + prior, data = vet, ties = ties)
  record(case, f)
  record_robust(case, coxph(Surv(time, status) ~ trt + celltype + karno + diagtime + age + prior, data = vet,
                            ties = ties, robust = TRUE), "robust")
  if (ties == "efron") record_zph(case, f, c("km", "rank"))
}
# aliased column: karno2 = 2 * karno is reported NA
record("veteran_aliased", coxph(Surv(time, status) ~ trt + karno + karno2 + age, data = vet))

# ---- ovarian: small, strata, frequency weights ----
ov <- ovarian; ov$w <- 1 + (seq_len(nrow(ov)) %% 3)
ov <- write_data(ov, "ovarian")
for (ties in c("efron", "breslow")) {
  case <- paste0("ovarian_", ties)
  f <- coxph(Surv(futime, fustat) ~ age + ecog.ps + rx, data = ov, ties = ties)
  record(case, f)
  record_robust(case, coxph(Surv(futime, fustat) ~ age + ecog.ps + rx, data = ov, ties = ties, robust = TRUE), "robust")
  record_zph(case, f)
  fw <- coxph(Surv(futime, fustat) ~ age + ecog.ps, data = ov, ties = ties, weights = w)
  record(paste0("ovarian_weighted_", ties), fw)
  record_robust(paste0("ovarian_weighted_", ties),
                coxph(Surv(futime, fustat) ~ age + ecog.ps, data = ov, ties = ties, weights = w, robust = TRUE), "robust")
}
fs <- coxph(Surv(futime, fustat) ~ age + ecog.ps + strata(rx), data = ov)
record("ovarian_strata", fs)
record_zph("ovarian_strata", fs, "km")

# ---- lung: missing values, cluster(inst), strata(sex) ----
lu <- lung; lu$status <- lu$status - 1
lu <- write_data(lu, "lung")
fl <- coxph(Surv(time, status) ~ age + sex + ph.ecog + wt.loss, data = lu)
record("lung", fl)
lc <- lu[!is.na(lu$inst), ]
flc <- coxph(Surv(time, status) ~ age + sex + ph.ecog + wt.loss, data = lu, cluster = inst)
record("lung_cluster", coxph(Surv(time, status) ~ age + sex + ph.ecog + wt.loss, data = lc))
record_robust("lung_cluster", flc, "cluster")
stat("lung_cluster", "n_clusters", length(unique(lc$inst[complete.cases(lc[, c("age", "sex", "ph.ecog", "wt.loss")])])))
fls <- coxph(Surv(time, status) ~ age + ph.ecog + strata(sex), data = lu, cluster = inst)
record("lung_strata_cluster", coxph(Surv(time, status) ~ age + ph.ecog + strata(sex), data = lc))
record_robust("lung_strata_cluster", fls, "cluster")

# ---- colon: two events per person, strata(etype), cluster(id), factor rx ----
co <- write_data(colon[, c("id", "rx", "sex", "age", "obstruct", "nodes", "status", "time", "etype")], "colon")
co$rx <- sorted_factor(co$rx)
for (ties in c("efron", "breslow")) {
  case <- paste0("colon_", ties)
  f <- coxph(Surv(time, status) ~ rx + sex + age + obstruct + nodes + strata(etype), data = co, ties = ties)
  record(case, f)
  record_robust(case, coxph(Surv(time, status) ~ rx + sex + age + obstruct + nodes + strata(etype), data = co,
                            ties = ties, cluster = id), "cluster")
  stat(case, "n_clusters", length(unique(co$id[complete.cases(co)])))
  if (ties == "efron") record_zph(case, f, "km", resid = FALSE)
}

# ---- heart: counting process (start, stop], cluster(id) ----
he <- heart; he$transplant <- as.numeric(as.character(he$transplant))
he <- write_data(he, "heart")
for (ties in c("efron", "breslow")) {
  case <- paste0("heart_", ties)
  f <- coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = he, ties = ties)
  record(case, f)
  record_robust(case, coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = he, ties = ties,
                            cluster = id), "cluster")
  if (ties == "efron") record_zph(case, f, c("km", "identity"))
}
# (start, stop] with strata
fhs <- coxph(Surv(start, stop, event) ~ age + year + transplant + strata(surgery), data = he)
record("heart_strata", fhs)
record_robust("heart_strata", coxph(Surv(start, stop, event) ~ age + year + transplant + strata(surgery), data = he,
                                     cluster = id), "cluster")
record_zph("heart_strata", fhs, "km", resid = FALSE)

# ---- simulated weekly spell table: many ties, several spells per person, strata, cluster ----
set.seed(20180626)
np <- 600
persons <- data.frame(person = sprintf("K%04d", seq_len(np)), treated = rbinom(np, 1, 0.5),
                      group = sample(c("cash_benefit", "resource_course"), np, TRUE, c(0.76, 0.24)),
                      age = round(rnorm(np, 38, 10)))
rows <- list()
for (i in seq_len(np)) {
  ns <- 1 + rpois(1, 0.8)
  for (s in seq_len(ns)) {
    h <- 0.11 * 0.77^persons$treated[i] * exp(0.02 * (persons$age[i] - 38)) * ifelse(persons$group[i] == "cash_benefit", 1, 1.3)
    len <- rgeom(1, h) + 1
    cens <- sample(5:60, 1)
    rows[[length(rows) + 1]] <- data.frame(person = persons$person[i], spell = s, treated = persons$treated[i],
                                           group = persons$group[i], age = persons$age[i],
                                           weeks = min(len, cens), lost = as.integer(len <= cens))
  }
}
sim <- write_data(do.call(rbind, rows), "sim")
sim$group <- sorted_factor(sim$group)
for (ties in c("efron", "breslow")) {
  case <- paste0("sim_", ties)
  f <- coxph(Surv(weeks, lost) ~ treated + age + strata(group), data = sim, ties = ties)
  record(case, f)
  record_robust(case, coxph(Surv(weeks, lost) ~ treated + age + strata(group), data = sim, ties = ties,
                            cluster = person), "cluster")
  stat(case, "n_clusters", length(unique(sim$person)))
  if (ties == "efron") record_zph(case, f, "km", resid = FALSE)
}
# frequency weights with many tied event times (R's Efron weight convention)
sim$w <- 1 + (seq_len(nrow(sim)) %% 3)
write_data(sim[, c("person", "weeks", "lost", "treated", "age", "w")], "sim_weighted")
fw <- coxph(Surv(weeks, lost) ~ treated + age, data = sim, weights = w)
record("sim_weighted", fw)
record_robust("sim_weighted", coxph(Surv(weeks, lost) ~ treated + age, data = sim, weights = w, cluster = person), "cluster")
fg <- coxph(Surv(weeks, lost) ~ treated * group + age, data = sim)
record("sim_interaction", fg)
record_zph("sim_interaction", fg, "km", resid = FALSE)

# ---- the JobFirst simulator's ordinary-hours spells (seed 001:113-114 headline) ----
# cox_data_jobfirst_spells.csv is NOT written here: it is a column extract of
#   jobfirst-eval simulate --scenario jobfirst --extract-end 2018-W26 --out d
#   jobfirst-eval spells --roster d/roster.csv --register d/register.csv --hours d/hours.csv --codebook d/codebook.csv
# (key, spell, time, event, ongoing_at_entry, treatment, target_group). Spells ongoing in week 1 are excluded.
js <- read.csv("cox_data_jobfirst_spells.csv", stringsAsFactors = FALSE)
js <- js[js$ongoing_at_entry == 0, ]
for (ties in c("efron", "breslow")) {
  case <- paste0("jobfirst_", ties)
  f <- coxph(Surv(time, event) ~ treatment, data = js, ties = ties)
  record(case, f)
  record_robust(case, coxph(Surv(time, event) ~ treatment, data = js, ties = ties, cluster = key), "cluster")
  stat(case, "n_clusters", length(unique(js$key)))
}

# ---- monotone likelihood: every event in x = 1 precedes every x = 0 time ----
mono <- write_data(data.frame(time = c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), status = c(1, 1, 1, 0, 1, 1, 0, 1, 0, 1),
                              x = c(1, 1, 1, 1, 0, 0, 0, 0, 0, 0), z = c(0.5, -1.2, 0.3, 2.1, -0.7, 1.4, 0.2, -0.3, 0.9, -1.1)),
                   "monotone")
msg <- ""
fm <- withCallingHandlers(coxph(Surv(time, status) ~ x + z, data = mono),
                          warning = function(w) { msg <<- conditionMessage(w); invokeRestart("muffleWarning") })
record("monotone", fm)
stat("monotone", "warned_variable", as.numeric(sub(".*variable +([0-9]+).*", "\\1", msg)))

# ---- hand-made ties: 3 events tied at t = 2, 2 at t = 4 ----
ties_d <- write_data(data.frame(time = c(1, 2, 2, 2, 3, 4, 4, 5, 6, 6), status = c(1, 1, 1, 1, 0, 1, 1, 0, 1, 0),
                                x = c(0, 1, 0, 1, 1, 0, 1, 0, 1, 0)), "ties")
for (ties in c("efron", "breslow")) {
  f <- coxph(Surv(time, status) ~ x, data = ties_d, ties = ties)
  record(paste0("ties_", ties), f)
  stat(paste0("ties_", ties), "loglik_at_half", coxph(Surv(time, status) ~ x, data = ties_d, ties = ties, init = 0.5,
                                                      control = coxph.control(iter.max = 0))$loglik[2])
}

stat("versions", "r_version", as.numeric(paste0(R.version$major, sub("\\.", "", R.version$minor))))
stat("versions", "survival_version", as.numeric(gsub("[.-]", "", as.character(packageVersion("survival")))))
writeLines(c(paste("R", R.version.string), paste("survival", as.character(packageVersion("survival")))), "cox_versions.txt")
write.csv(do.call(rbind, coefs), "cox_coef.csv", row.names = FALSE)
write.csv(do.call(rbind, stats), "cox_stats.csv", row.names = FALSE)
write.csv(do.call(rbind, zph), "cox_zph.csv", row.names = FALSE)
write.csv(do.call(rbind, zres), "cox_zph_resid.csv", row.names = FALSE)
