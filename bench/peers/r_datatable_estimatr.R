#!/usr/bin/env Rscript
# The benchmark pipeline of bench/SPEC.md written the way an analyst would with R data.table + estimatr.
#
# Usage: Rscript bench/peers/r_datatable_estimatr.R DATA_DIR OUT_DIR [CODEBOOK]
#
# Reads DATA_DIR/{roster,register,hours}.csv (from `jobfirst-eval bench-generate`) and writes the SPEC's
# CSVs to OUT_DIR. data.table::fread for the files, matrix indexing for event time, estimatr's
# difference_in_means per outcome and week (Welch SE and df, t interval), t.test for balance p-values,
# glm(binomial) for the logit. marginaleffects is not installed here, so the average marginal effects
# and their delta-method SEs are written out by hand (analytic Jacobian; discrete change for 0/1
# covariates, derivative for the others: statsmodels get_margeff(dummy = TRUE), Stata margins, dydx()).

suppressPackageStartupMessages({
  library(data.table)
  library(estimatr)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: r_datatable_estimatr.R DATA_DIR OUT_DIR [CODEBOOK]")
data_dir <- args[1]
out_dir <- args[2]
codebook_path <- if (length(args) > 2) args[3] else {
  here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
  file.path(here, "..", "..", "data-schema", "codebook.default.csv")
}
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

FOLLOW_UP <- 156L
HISTORY <- 156L
LOGIT_WEEK <- 26L
OUTCOMES <- c("internship", "wage_subsidy", "hours", "employed", "active13")
COVARIATES <- c("treatment", "female", "age", "age_sq", "resource_course", "educ_upper_secondary",
                "educ_higher", "hist_employed", "hist_self_support", "hist_sick")
SELF_SUPPORT <- 0L; INTERNSHIP <- 1L; WAGE_SUBSIDY <- 2L; SICKNESS <- 3L; OTHER <- 4L

timings <- c()
now <- function() proc.time()[["elapsed"]]
t <- now(); start <- t

# Monday of ISO week `week` of ISO year `year` (the week containing 4 January is week 1).
iso_monday <- function(year, week) {
  jan4 <- as.Date(sprintf("%04d-01-04", year))
  jan4 - (as.integer(format(jan4, "%u")) - 1L) + 7L * (week - 1L)
}

# --- read ---
roster <- fread(file.path(data_dir, "roster.csv"), colClasses = list(character = "person_id"))
register <- fread(file.path(data_dir, "register.csv"), colClasses = list(character = "person_id"))
hours <- fread(file.path(data_dir, "hours.csv"), colClasses = list(character = c("person_id", "iso_week")))
book <- fread(codebook_path, colClasses = "character")
lookup <- rep(NA_integer_, 10000L)
for (i in seq_len(nrow(book))) {
  bounds <- as.integer(strsplit(book$code[i], "-", fixed = TRUE)[[1]])
  cat <- switch(book$category[i], internship = INTERNSHIP, wage_subsidy = WAGE_SUBSIDY,
                sickness_benefit = SICKNESS, self_support = SELF_SUPPORT, OTHER)
  lookup[bounds[1]:bounds[length(bounds)] + 1L] <- cat
}

weeks <- grep("^y_", names(register), value = TRUE)
if (anyDuplicated(register$person_id)) stop("register: a person appears in two rows")
row_of <- match(roster$person_id, register$person_id)
matched <- !is.na(row_of)
linkage <- data.table(
  measure = c("roster_rows", "register_rows", "matched", "roster_only", "register_only"),
  count = c(nrow(roster), nrow(register), sum(matched), sum(!matched), nrow(register) - sum(matched))
)
roster <- roster[matched]
codes <- as.matrix(register[row_of[matched], ..weeks])
rm(register); invisible(gc())
codes[is.na(codes)] <- 0L  # blank cell = self-support (code 0 is not used)
used <- unique(as.vector(codes))
unknown <- used[used != 0L & is.na(lookup[used + 1L])]
if (length(unknown)) stop("codes not in the codebook: ", paste(unknown, collapse = ", "))
category <- matrix(lookup[codes + 1L], nrow(codes))
category[codes == 0L] <- SELF_SUPPORT
rm(codes); invisible(gc())

first_monday <- iso_monday(2000L + as.integer(substr(weeks[1], 3, 4)), as.integer(substr(weeks[1], 5, 6)))
if (anyDuplicated(hours, by = c("person_id", "iso_week"))) stop("hours: the same person-week twice")
iso <- unique(hours$iso_week)
iso_col <- as.integer(iso_monday(as.integer(substr(iso, 1, 4)), as.integer(substr(iso, 7, 8))) - first_monday) %/% 7L
hours[, `:=`(prow = match(person_id, roster$person_id), wcol = iso_col[match(iso_week, iso)] + 1L)]
hours <- hours[!is.na(prow) & wcol >= 1L & wcol <= length(weeks)]
hours_matrix <- matrix(0, nrow(roster), length(weeks))
hours_matrix[cbind(hours$prow, hours$wcol)] <- hours$hours
rm(hours); invisible(gc())
timings["read"] <- now() - t; t <- now()

# --- indicators: event weeks 1..156 and history weeks -155..0 ---
n <- nrow(roster)
extract <- length(weeks)
visit <- as.Date(roster$visitation_date)
start_col <- as.integer((visit - (as.integer(format(visit, "%u")) - 1L)) - first_monday) %/% 7L + 1L
observed <- matrix(FALSE, n, FOLLOW_UP)
internship <- wage_subsidy <- employed <- active13 <- observed
hours_f <- matrix(0, n, FOLLOW_UP)
count <- gap <- integer(n)
reached <- logical(n)
rows <- seq_len(n)
for (k in seq_len(FOLLOW_UP)) {
  col <- start_col + k - 1L
  obs <- col <= extract
  idx <- cbind(rows, pmin(col, extract))
  cat_k <- category[idx]
  h_k <- ifelse(obs, hours_matrix[idx], 0)
  observed[, k] <- obs
  internship[, k] <- cat_k == INTERNSHIP
  wage_subsidy[, k] <- cat_k == WAGE_SUBSIDY
  hours_f[, k] <- h_k
  employed[, k] <- h_k > 0
  active <- internship[, k] | wage_subsidy[, k] | employed[, k]
  gap <- ifelse(active, 0L, gap + 1L)
  count <- ifelse(active, count + 1L, ifelse(gap > 4L, 0L, count))
  reached <- reached | count >= 13L
  active13[, k] <- reached
}
hist_employed <- hist_self_support <- hist_sick <- numeric(n)
for (j in seq_len(HISTORY)) {
  col <- start_col - HISTORY + j - 1L
  inside <- col >= 1L
  idx <- cbind(rows, pmax(col, 1L))
  hist_employed <- hist_employed + (inside & hours_matrix[idx] > 0)
  hist_self_support <- hist_self_support + (inside & category[idx] == SELF_SUPPORT)
  hist_sick <- hist_sick + (inside & category[idx] == SICKNESS)
}
cov <- data.table(
  treatment = as.numeric(roster$arm == "treatment"),
  female = as.numeric(roster$gender == "female"),
  age = as.numeric(roster$age),
  resource_course = as.numeric(roster$target_group == "resource_course"),
  educ_upper_secondary = as.numeric(roster$education == "upper_secondary"),
  educ_higher = as.numeric(roster$education == "higher"),
  hist_employed = hist_employed, hist_self_support = hist_self_support, hist_sick = hist_sick
)
cov[, age_sq := age^2 / 100]
rm(category, hours_matrix); invisible(gc())
outcome <- list(internship = internship, wage_subsidy = wage_subsidy, hours = hours_f, employed = employed,
                active13 = active13)
timings["indicators"] <- now() - t; t <- now()

# --- weekly effects: estimatr::difference_in_means per outcome and week ---
effects <- vector("list", length(OUTCOMES) * FOLLOW_UP)
i <- 0L
for (name in OUTCOMES) {
  y_all <- outcome[[name]]
  for (k in seq_len(FOLLOW_UP)) {
    obs <- observed[, k]
    d <- data.frame(y = as.numeric(y_all[obs, k]), treatment = cov$treatment[obs])
    n1 <- sum(d$treatment == 1); n0 <- sum(d$treatment == 0)
    if (n1 < 2 || n0 < 2) next
    fit <- difference_in_means(y ~ treatment, data = d)
    i <- i + 1L
    effects[[i]] <- data.table(outcome = name, week = k, n_treated = n1, n_control = n0,
                               mean_treated = mean(d$y[d$treatment == 1]), mean_control = mean(d$y[d$treatment == 0]),
                               estimate = unname(fit$coefficients), std_error = unname(fit$std.error),
                               df = unname(fit$df), conf_low = unname(fit$conf.low), conf_high = unname(fit$conf.high))
  }
}
effects <- rbindlist(effects[seq_len(i)])
timings["effects"] <- now() - t; t <- now()

# --- balance ---
balance <- rbindlist(lapply(c("female", "age", "resource_course", "hist_employed", "hist_self_support", "hist_sick"), function(v) {
  x1 <- cov[treatment == 1, get(v)]; x0 <- cov[treatment == 0, get(v)]
  data.table(covariate = v, mean_treated = mean(x1), mean_control = mean(x0), difference = mean(x1) - mean(x0),
             smd = (mean(x1) - mean(x0)) / sqrt((var(x1) + var(x0)) / 2),
             p_value = t.test(x1, x0, var.equal = FALSE)$p.value)
}))
timings["balance"] <- now() - t; t <- now()

# --- logit of employment in week 26 on 10 covariates, AMEs with delta-method SEs ---
d <- cov[observed[, LOGIT_WEEK]]
d[, employed := as.numeric(outcome$employed[observed[, LOGIT_WEEK], LOGIT_WEEK])]
# epsilon 1e-10 (R's default is 1e-8), as jobfirst-eval's bench and statsmodels' tol below: all three then
# report the maximum-likelihood estimate rather than where their default stopping rules happened to stop.
fit <- glm(reformulate(COVARIATES, "employed"), family = binomial, data = d,
           control = glm.control(epsilon = 1e-10, maxit = 50))
b <- coef(fit); V <- vcov(fit); X <- model.matrix(fit)
p <- as.vector(plogis(X %*% b))
logit <- data.table(term = names(b), estimate = unname(b), std_error = unname(sqrt(diag(V))))
ame <- rbindlist(lapply(COVARIATES, function(v) {
  if (all(X[, v] %in% c(0, 1))) {
    X1 <- X; X1[, v] <- 1; X0 <- X; X0[, v] <- 0
    e1 <- as.vector(X1 %*% b); e0 <- as.vector(X0 %*% b)
    est <- mean(plogis(e1) - plogis(e0))
    g <- colMeans(X1 * dlogis(e1)) - colMeans(X0 * dlogis(e0))
  } else {
    w <- p * (1 - p)
    est <- mean(w) * b[[v]]
    g <- colMeans(X * (w * (1 - 2 * p))) * b[[v]]
    g[v] <- g[v] + mean(w)
  }
  data.table(term = v, estimate = est, std_error = sqrt(as.numeric(t(g) %*% V %*% g)))
}))
timings["logit"] <- now() - t
timings["total"] <- now() - start

write_table <- function(dt, name) {
  dt <- copy(dt)
  for (c in names(dt)) if (is.double(dt[[c]])) set(dt, j = c, value = ifelse(is.na(dt[[c]]), "", sprintf("%.17g", dt[[c]])))
  fwrite(dt, file.path(out_dir, paste0(name, ".csv")))
}
fwrite(linkage, file.path(out_dir, "linkage.csv"))
write_table(effects, "effects")
write_table(balance, "balance")
write_table(logit, "logit")
write_table(ame, "ame")
write_table(data.table(stage = names(timings), seconds = unname(timings)), "timings")
for (s in names(timings)) cat(sprintf("%-12s %9.2f s\n", s, timings[[s]]))
