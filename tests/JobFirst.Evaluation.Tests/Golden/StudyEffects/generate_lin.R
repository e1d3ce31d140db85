# Golden values for the covariate-adjusted weekly and window effects (Estimators/Adjusted: Lin 2013 = estimatr::lm_lin,
# additive OLS = estimatr::lm_robust) on the simulated JobFirst panel that GoldenStudyFixture exports
# (golden_persons.csv, golden_weeks.csv; see generate.R). Run from this folder:  Rscript generate_lin.R
# Output: golden_lin.csv (case, name, value at 17 significant digits) and lin_leverage.csv (an input).
invisible(Sys.setlocale("LC_COLLATE", "C"))
suppressPackageStartupMessages(library(estimatr))
f17 <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
golden <- list()
add <- function(case, name, value) {
  if (length(value) == 0) value <- NA
  golden[[length(golden) + 1]] <<- data.frame(case = case, name = name, value = f17(as.numeric(value)),
                                              stringsAsFactors = FALSE)
}
persons <- read.csv("golden_persons.csv", stringsAsFactors = FALSE, na.strings = "NA")
weeks <- read.csv("golden_weeks.csv")
d <- merge(weeks, persons, by = "person")
odd_sites <- sprintf("JC%02d", seq(1, 15, 2))
keep_blocks <- function(sub) {
  ok <- tapply(sub$arm == 1, sub$site, sum) >= 2 & tapply(sub$arm == 0, sub$site, sum) >= 2
  sub[sub$site %in% names(ok)[ok], ]
}
# The C# side names the treatment coefficient "treatment"; R's is the treatment column.
# k = estimated coefficients; with fixed_effects estimatr's rank leaves the absorbed block dummies (and intercept) out,
# so k is taken from the residual df N - k there.
fit_add <- function(case, fit, term, sub, arm, fe = FALSE) {
  co <- coef(fit)
  if (any(is.na(co))) stop(case, ": aliased coefficients (", paste(names(co)[is.na(co)], collapse = ", "), ")")
  t <- tidy(fit)
  t <- t[t$term == term, ]
  add(case, "estimate", t$estimate); add(case, "std_error", t$std.error); add(case, "statistic", t$statistic)
  add(case, "p_value", t$p.value); add(case, "conf_low", t$conf.low); add(case, "conf_high", t$conf.high)
  add(case, "df", t$df); add(case, "nobs", fit$nobs); add(case, "k", if (fe) fit$nobs - t$df else fit$rank)
  add(case, "n_treated", sum(arm == 1)); add(case, "n_control", sum(arm == 0))
  add(case, "mean_treated", mean(sub$y[arm == 1])); add(case, "mean_control", mean(sub$y[arm == 0]))
}
covs <- ~ gender + education + birth_year + history_weeks_employed
rhs <- "gender + education + birth_year + history_weeks_employed"
outcomes <- c("employed", "hours", "active13")
test_weeks <- c(5, 10, 20, 30)

# ---- weekly: Lin HC2 (lm_lin default), other variances, additive OLS, blocks, clusters ----
for (outcome in outcomes) for (k in test_weeks) {
  sub <- d[d$week == k, ]
  sub$y <- sub[[outcome]]
  id <- paste(outcome, k, sep = "/")
  fit_add(paste("lin", id, sep = "/"), lm_lin(y ~ arm, covariates = covs, data = sub), "arm", sub, sub$arm)
  fit_add(paste("ols", id, sep = "/"),
          lm_robust(as.formula(paste("y ~ arm +", rhs)), data = sub), "arm", sub, sub$arm)
  b <- keep_blocks(sub)
  add(paste("lin_blocked", id, sep = "/"), "blocks_left_out", length(unique(sub$site)) - length(unique(b$site)))
  fit_add(paste("lin_blocked", id, sep = "/"),
          lm_lin(y ~ arm, covariates = ~ gender + education + birth_year + history_weeks_employed + site, data = b),
          "arm", sub, sub$arm)
  fit_add(paste("ols_blocked", id, sep = "/"),
          lm_robust(as.formula(paste("y ~ arm +", rhs)), fixed_effects = ~ site, data = b), "arm", sub, sub$arm,
          fe = TRUE)
  # Lin with the blocks as its only covariate is the blocked difference in means (same SE and N - 2B df).
  fit_add(paste("lin_blocks_only", id, sep = "/"), lm_lin(y ~ arm, covariates = ~ site, data = b), "arm", sub, sub$arm)
  dim <- difference_in_means(y ~ arm, blocks = site, data = b)
  add(paste("lin_blocks_only", id, sep = "/"), "dim_estimate", dim$coefficients[[1]])
  add(paste("lin_blocks_only", id, sep = "/"), "dim_std_error", dim$std.error[[1]])
  add(paste("lin_blocks_only", id, sep = "/"), "dim_df", dim$df[[1]])
  sub$tc <- as.integer(sub$site %in% odd_sites)
  for (se in c("CR2", "stata", "CR0")) {
    fit_add(paste("lin_clustered", se, id, sep = "/"),
            lm_lin(y ~ tc, covariates = covs, clusters = site, se_type = se, data = sub), "tc", sub, sub$tc)
  }
  fit_add(paste("ols_clustered", id, sep = "/"),
          lm_robust(as.formula(paste("y ~ tc +", rhs)), clusters = site, data = sub), "tc", sub, sub$tc)
  # No covariates: lm_robust(y ~ t) with HC2 equals the difference in means with the Neyman SE (df n - 2).
  fit_add(paste("lin_none", id, sep = "/"), lm_robust(y ~ arm, data = sub), "arm", sub, sub$arm)
  add(paste("lin_none", id, sep = "/"), "dim_std_error", difference_in_means(y ~ arm, data = sub)$std.error[[1]])
}
for (se in c("HC0", "HC1", "HC3", "classical")) for (k in c(10, 20)) {
  sub <- d[d$week == k, ]
  sub$y <- sub$hours
  fit_add(paste("lin_se", se, "hours", k, sep = "/"), lm_lin(y ~ arm, covariates = covs, se_type = se, data = sub),
          "arm", sub, sub$arm)
  fit_add(paste("ols_se", se, "hours", k, sep = "/"),
          lm_robust(as.formula(paste("y ~ arm +", rhs)), se_type = se, data = sub), "arm", sub, sub$arm)
}

# ---- window outcomes (per person, complete windows only) ----
window_values <- function(outcome, from, to, stat) {
  w <- weeks[weeks$week >= from & weeks$week <= to, ]
  f <- switch(stat, mean = mean, sum = sum, ever = function(v) as.numeric(any(v > 0)))
  agg <- aggregate(w[[outcome]], by = list(person = w$person), FUN = f)
  p <- merge(persons, agg, by = "person", all.x = TRUE)
  p$y <- ifelse(p$observed_weeks >= to, p$x, NA)
  p[order(p$person), ]
}
for (w in list(c("hours", 1, 20, "mean"), c("employed", 1, 20, "sum"))) {
  p <- window_values(w[1], as.numeric(w[2]), as.numeric(w[3]), w[4])
  q <- p[!is.na(p$y), ]
  id <- paste(w, collapse = ":")
  fit_add(paste("window_lin", id, sep = "/"), lm_lin(y ~ arm, covariates = covs, data = q), "arm", q, q$arm)
  fit_add(paste("window_ols", id, sep = "/"), lm_robust(as.formula(paste("y ~ arm +", rhs)), data = q), "arm", q, q$arm)
  fit_add(paste("window_lin_blocked", id, sep = "/"),
          lm_lin(y ~ arm, covariates = ~ gender + education + birth_year + history_weeks_employed + site,
                 data = keep_blocks(q)), "arm", q, q$arm)
  q$tc <- as.integer(q$site %in% odd_sites)
  fit_add(paste("window_lin_clustered", id, sep = "/"),
          lm_lin(y ~ tc, covariates = covs, clusters = site, data = q), "tc", q, q$tc)
  for (g in sort(unique(q$gender), method = "radix")) {
    s <- q[q$gender == g, ]
    fit_add(paste("window_lin_subgroup", id, g, sep = "/"),
            lm_lin(y ~ arm, covariates = ~ education + birth_year + history_weeks_employed, data = s), "arm", s, s$arm)
  }
}

# ---- HC2/HC3 with a leverage-one row (a covariate level held by one treated person) ----
# That row is fitted exactly (e = 0), so in exact arithmetic its term e^2/(1 - h) is 0/0 with limit 0. estimatr divides
# rounding noise by rounding noise: NA here (1 - h rounds to 0), a finite value in other data, so the reference is the
# sandwich with that row's term set to 0; estimatr's own values are recorded as estimatr_std_error.
set.seed(20170501)
lev <- data.frame(t = rep(0:1, 20), x = round(rnorm(40), 6))
lev$y <- round(lev$x + lev$t + rnorm(40), 6)
lev$z <- 0; lev$z[2] <- 1
lev$tz <- lev$t * (lev$z - mean(lev$z))
write.csv(lev, "lin_leverage.csv", row.names = FALSE)
X <- model.matrix(~ t + x + tz, lev)
ols <- lm(y ~ t + x + tz, data = lev)
e <- resid(ols); M <- solve(crossprod(X)); h <- rowSums((X %*% M) * X)
stopifnot(abs(max(h) - 1) < 1e-12)
for (type in c("HC2", "HC3")) {
  w <- ifelse(1 - h < 1e-10, 0, if (type == "HC2") e^2 / (1 - h) else e^2 / (1 - h)^2)
  se <- sqrt(diag(M %*% crossprod(X * w, X) %*% M))
  r <- tidy(lm_robust(y ~ t + x + tz, data = lev, se_type = type))
  for (j in seq_along(se)) {
    case <- paste("leverage_one", type, colnames(X)[j], sep = "/")
    add(case, "estimate", coef(ols)[j]); add(case, "std_error", se[j]); add(case, "estimatr_std_error", r$std.error[j])
  }
}

out <- do.call(rbind, golden)
write.csv(out, "golden_lin.csv", row.names = FALSE)
cat("wrote", nrow(out), "golden values\n")
