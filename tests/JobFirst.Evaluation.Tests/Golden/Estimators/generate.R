# Golden values for JobFirst.Evaluation.Estimators (difference in means, t tests, t quantiles) and
# JobFirst.Evaluation.Regression.Linear (lm_robust, lm_lin), chisq.test and p.adjust.
# Run from this folder:  Rscript generate.R
# Writes the input CSVs (so C# reads exactly the same data) and dim.csv / distributions.csv at 17 digits.
suppressPackageStartupMessages({ library(estimatr) })
invisible(Sys.setlocale("LC_COLLATE", "C"))
f17 <- function(x) ifelse(is.na(x), "NA", ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), sprintf("%.17g", x)))
write_data <- function(df, file) write.csv(df, file, row.names = FALSE, quote = TRUE, na = "NA")

# ---- input data sets (y = outcome, t = 0/1 treatment, block, cluster) ----
sleep_d <- data.frame(y = sleep$extra, t = as.integer(sleep$group == "2"), block = as.integer(sleep$ID))
write_data(sleep_d, "sleep.csv")
tooth_d <- data.frame(y = ToothGrowth$len, t = as.integer(ToothGrowth$supp == "VC"), block = ToothGrowth$dose)
write_data(tooth_d, "toothgrowth.csv")
warp_d <- data.frame(y = warpbreaks$breaks, t = as.integer(warpbreaks$wool == "B"),
                     block = as.character(warpbreaks$tension))
write_data(warp_d, "warpbreaks.csv")
cars_d <- data.frame(y = mtcars$mpg, t = mtcars$am, block = mtcars$cyl, wt = mtcars$wt, hp = mtcars$hp,
                     gear = mtcars$gear, carb = mtcars$carb, vs = mtcars$vs, qsec = mtcars$qsec)
write_data(cars_d, "mtcars.csv")
chick_d <- data.frame(y = ChickWeight$weight, t = as.integer(ChickWeight$Diet %in% c("3", "4")),
                      cluster = as.integer(as.character(ChickWeight$Chick)), time = ChickWeight$Time,
                      diet = as.character(ChickWeight$Diet))
write_data(chick_d, "chickweight.csv")

# Simulated trials with a known structure (fixed seed), written out so C# reads the same numbers.
set.seed(20260101)
# Block-clustered: 5 blocks, 4-7 clusters per block (at least 2 per arm), cluster sizes 1-9.
bc <- do.call(rbind, lapply(1:5, function(b) {
  G <- sample(4:7, 1); arm <- sample(c(0, 1, 0, 1, rbinom(G - 4, 1, 0.5)))
  do.call(rbind, lapply(seq_len(G), function(g) {
    m <- sample(1:9, 1); u <- rnorm(1)
    data.frame(y = round(10 + b + 0.8 * arm[g] + u + rnorm(m, sd = 2), 6), t = arm[g], block = b,
               cluster = 100 * b + g)
  }))
}))
bc$y[c(3, 17)] <- NA   # two missing outcomes: excluded and counted
write_data(bc, "blockclustered.csv")
# Matched-pair clustered: 8 blocks with exactly two clusters of unequal size.
mpc <- do.call(rbind, lapply(1:8, function(b) {
  do.call(rbind, lapply(0:1, function(a) {
    m <- sample(2:8, 1)
    data.frame(y = round(5 + 0.5 * b + 1.2 * a + rnorm(1) + rnorm(m), 6), t = a, block = b, cluster = 10 * b + a)
  }))
}))
write_data(mpc, "pairclustered.csv")
# Mixed: blocks of two and of more units (estimatr warns and uses the matched-pair variance).
mixed <- do.call(rbind, lapply(1:7, function(b) {
  m <- if (b <= 3) 2 else sample(4:8, 1); a <- sample(rep(0:1, length.out = m))
  data.frame(y = round(rnorm(m, mean = 3 + a), 6), t = a, block = b)
}))
write_data(mixed, "mixedblocks.csv")

# Simulator output: `jobfirst-eval simulate --scenario jobfirst --persons 600 --out $SIM_DIR` (default seed).
# Person level: total ordinary hours over the extract (0 without hours rows), arm as labels, site blocks (sites
# with fewer than two persons in an arm merged into "small"), covariates. No person identifier is written.
sim_dir <- Sys.getenv("SIM_DIR", "/tmp/jobfirst-sim")
if (file.exists(file.path(sim_dir, "roster.csv"))) {
  ro <- read.csv(file.path(sim_dir, "roster.csv"), stringsAsFactors = FALSE)
  ho <- read.csv(file.path(sim_dir, "hours.csv"), stringsAsFactors = FALSE)
  tot <- tapply(ho$hours, ho$person_id, sum)
  hours <- ifelse(ro$person_id %in% names(tot), tot[ro$person_id], 0)
  ok <- tapply(ro$arm, ro$site, function(a) sum(a == "treatment") >= 2 && sum(a == "control") >= 2)
  sim <- data.frame(hours = round(hours, 6), arm = ro$arm, t = as.integer(ro$arm == "treatment"), site = ifelse(ok[ro$site], ro$site, "small"),
                    age = 2014 - ro$birth_year, gender = ro$gender, education = ro$education, stringsAsFactors = FALSE)
  write_data(sim, "jobfirst_persons.csv")
}
sim <- read.csv("jobfirst_persons.csv", stringsAsFactors = FALSE)

# ---- difference in means ----
rows <- list()
put <- function(case, field, value) rows[[length(rows) + 1]] <<- data.frame(case = case, field = field,
  value = if (is.character(value)) value else f17(value), stringsAsFactors = FALSE)
put_dim <- function(case, fit, n1, n0, m1, m0) {
  put(case, "estimate", unname(fit$coefficients)); put(case, "std_error", unname(fit$std.error))
  put(case, "statistic", unname(fit$statistic)); put(case, "p_value", unname(fit$p.value))
  put(case, "conf_low", unname(fit$conf.low)); put(case, "conf_high", unname(fit$conf.high))
  put(case, "df", unname(fit$df)); put(case, "design", fit$design)
  put(case, "n_treated", n1); put(case, "n_control", n0); put(case, "mean_treated", m1); put(case, "mean_control", m0)
  if (!is.null(fit$nblocks)) put(case, "n_blocks", fit$nblocks)
  if (!is.null(fit$nclusters)) put(case, "n_clusters", fit$nclusters)
}
arms <- function(d) { d <- d[!is.na(d$y), ]; list(sum(d$t == 1), sum(d$t == 0), mean(d$y[d$t == 1]), mean(d$y[d$t == 0])) }
dim_case <- function(case, d, ...) {
  fit <- suppressWarnings(difference_in_means(y ~ t, data = d, ...))
  a <- arms(d); put_dim(case, fit, a[[1]], a[[2]], a[[3]], a[[4]])
}
dim_case("sleep_standard", sleep_d)
dim_case("sleep_standard_90", sleep_d, alpha = 0.10)
dim_case("sleep_pairs", sleep_d, blocks = block)
dim_case("tooth_standard", tooth_d)
dim_case("tooth_blocked", tooth_d, blocks = block)
dim_case("warp_blocked", warp_d, blocks = block)
dim_case("cars_standard", cars_d)
dim_case("chick_clustered", chick_d, clusters = cluster)
dim_case("chick_clustered_99", chick_d, clusters = cluster, alpha = 0.01)
dim_case("chick21_standard", chick_d[chick_d$time == 21, ])
dim_case("bc_blockclustered", bc, blocks = block, clusters = cluster)
dim_case("bc_clustered", bc, clusters = cluster)
dim_case("bc_blocked", bc, blocks = block)
dim_case("mpc_pairclustered", mpc, blocks = block, clusters = cluster)
dim_case("mixed_blocks", mixed, blocks = block)
sim_y <- data.frame(y = sim$hours, t = sim$t, block = sim$site)
dim_case("sim_standard", sim_y)
dim_case("sim_blocked", sim_y, blocks = block)
w <- tryCatch(difference_in_means(y ~ t, data = mixed, blocks = block), warning = function(w) conditionMessage(w))
put("mixed_blocks", "warning", if (is.character(w)) "yes" else "no")

# Normal-approximation interval (no estimatr option): Neyman SE with qnorm / pnorm.
norm_case <- function(case, d, level = 0.95) {
  fit <- difference_in_means(y ~ t, data = d); se <- unname(fit$std.error); est <- unname(fit$coefficients)
  z <- est / se; q <- qnorm(1 - (1 - level) / 2)
  put(case, "estimate", est); put(case, "std_error", se); put(case, "statistic", z)
  put(case, "p_value", 2 * pnorm(-abs(z))); put(case, "conf_low", est - q * se); put(case, "conf_high", est + q * se)
  put(case, "df", Inf)
}
norm_case("tooth_normal", tooth_d)

# Classical (pooled) SE = t.test(var.equal = TRUE) and lm; blocked classical = per-block pooled SEs combined.
pooled_case <- function(case, d, level = 0.95) {
  tt <- t.test(d$y[d$t == 1], d$y[d$t == 0], var.equal = TRUE, conf.level = level)
  est <- unname(tt$estimate[1] - tt$estimate[2]); se <- unname(tt$stderr)
  put(case, "estimate", est); put(case, "std_error", se); put(case, "statistic", unname(tt$statistic))
  put(case, "p_value", tt$p.value); put(case, "conf_low", tt$conf.int[1]); put(case, "conf_high", tt$conf.int[2])
  put(case, "df", unname(tt$parameter))
}
pooled_case("sleep_classical", sleep_d)
pooled_case("cars_classical", cars_d)
pooled_case("sim_classical", sim_y)
blocked_classical <- function(case, d) {
  bl <- split(d, d$block); N <- nrow(d)
  est <- sum(sapply(bl, function(x) (mean(x$y[x$t == 1]) - mean(x$y[x$t == 0])) * nrow(x) / N))
  se <- sqrt(sum(sapply(bl, function(x) (t.test(x$y[x$t == 1], x$y[x$t == 0], var.equal = TRUE)$stderr * nrow(x) / N)^2)))
  df <- N - 2 * length(bl); st <- est / se; q <- qt(0.975, df)
  put(case, "estimate", est); put(case, "std_error", se); put(case, "statistic", st)
  put(case, "p_value", 2 * pt(-abs(st), df)); put(case, "conf_low", est - q * se); put(case, "conf_high", est + q * se)
  put(case, "df", df)
}
blocked_classical("tooth_blocked_classical", tooth_d)

# t.test (Welch and pooled): estimate = mean(x) - mean(y), x = treated.
tt_case <- function(case, d, var.equal, level = 0.95) {
  tt <- t.test(d$y[d$t == 1], d$y[d$t == 0], var.equal = var.equal, conf.level = level)
  put(case, "estimate", unname(tt$estimate[1] - tt$estimate[2])); put(case, "std_error", unname(tt$stderr))
  put(case, "statistic", unname(tt$statistic)); put(case, "p_value", tt$p.value)
  put(case, "conf_low", tt$conf.int[1]); put(case, "conf_high", tt$conf.int[2]); put(case, "df", unname(tt$parameter))
}
tt_case("ttest_welch_sleep", sleep_d, FALSE)
tt_case("ttest_pooled_sleep", sleep_d, TRUE)
tt_case("ttest_welch_tooth_99", tooth_d, FALSE, 0.99)
tt_case("ttest_pooled_chick21", chick_d[chick_d$time == 21, ], TRUE)
write.csv(do.call(rbind, rows), "dim.csv", row.names = FALSE)

# ---- t and normal distribution functions ----
dist <- list()
# Reference quantile by root-finding on pbeta (no cancellation): central form P(0 < T < q) = p - 1/2 near the
# centre, upper-tail form P(T > q) = 1 - p (in log q) in the tail.
qt_exact <- function(p, df) {
  if (p < 0.75) return(uniroot(function(q) pbeta(q^2 / (df + q^2), 0.5, df / 2) / 2 - (p - 0.5),
                               c(0, 10 * qnorm(p) + 1), tol = 1e-30)$root)
  upper <- function(q) if (q^2 > df) pbeta(df / (df + q^2), df / 2, 0.5) / 2 else
    pbeta(q^2 / (df + q^2), 0.5, df / 2, lower.tail = FALSE) / 2
  exp(uniroot(function(u) log(upper(exp(u))) - log(1 - p), c(-5, 100), tol = 1e-15)$root)
}
for (df in c(0.5, 1, 2, 3.5, 7.3, 30, 250.5, 1e4, 1e7)) for (p in c(0.5000001, 0.6, 0.9, 0.95, 0.975, 0.995, 0.9995, 1 - 1e-10)) {
  # Known difference: where R's qt is not within 1e-11 of the root of its own pbeta (df <= 1 next to p = 1/2,
  # where it evaluates tan near pi, and df < 1 in the far tail), the row is labelled and the exact root added.
  r <- qt(p, df); e <- qt_exact(p, df)
  fn <- if (abs(r - e) / e > 1e-11) "qt_r_imprecise" else "qt"
  dist[[length(dist) + 1]] <- data.frame(fn = fn, df = f17(df), x = f17(p), value = f17(r))
  if (fn != "qt") dist[[length(dist) + 1]] <- data.frame(fn = "qt_exact", df = f17(df), x = f17(p), value = f17(e))
}
for (df in c(0.5, 1, 2, 3.5, 7.3, 30, 250.5, 1e4, 1e7)) for (t in c(0.001, 0.1, 1, 1.96, 2.5, 5, 12, 40))
  dist[[length(dist) + 1]] <- data.frame(fn = "pt_upper", df = f17(df), x = f17(t), value = f17(pt(t, df, lower.tail = FALSE)))
for (p in c(0.6, 0.95, 0.975, 0.995, 1 - 1e-10))
  dist[[length(dist) + 1]] <- data.frame(fn = "qnorm", df = "Inf", x = f17(p), value = f17(qnorm(p)))
write.csv(do.call(rbind, dist), "distributions.csv", row.names = FALSE)

# ---- lm_robust (OLS) and lm_lin ----
lmrows <- list(); lmstats <- list()
put_lm <- function(case, vcov, fit) {
  td <- tidy(fit)
  lmrows[[length(lmrows) + 1]] <<- data.frame(case = case, vcov = vcov, term = td$term, estimate = f17(td$estimate),
    std_error = f17(td$std.error), statistic = f17(td$statistic), p_value = f17(td$p.value),
    conf_low = f17(td$conf.low), conf_high = f17(td$conf.high), df = f17(td$df), stringsAsFactors = FALSE)
  st <- function(name, value) lmstats[[length(lmstats) + 1]] <<- data.frame(case = case, vcov = vcov, name = name,
    value = f17(value), stringsAsFactors = FALSE)
  st("r_squared", fit$r.squared); st("adj_r_squared", fit$adj.r.squared); st("nobs", fit$nobs)
  if (!is.null(fit$fstatistic)) { st("f_value", fit$fstatistic[[1]]); st("f_numdf", fit$fstatistic[["numdf"]])
    st("f_dendf", fit$fstatistic[["dendf"]])
    st("f_p_value", pf(fit$fstatistic[[1]], fit$fstatistic[["numdf"]], fit$fstatistic[["dendf"]], lower.tail = FALSE)) }
  if (!is.null(fit$nclusters)) st("nclusters", fit$nclusters)
}
hc_types <- c(classical = "classical", hc0 = "HC0", hc1 = "HC1", hc2 = "HC2", hc3 = "HC3")
cr_types <- c(cr0 = "CR0", stata = "stata", cr2 = "CR2")
lm_all <- function(case, formula, data, clusters = NULL, level = 0.95) {
  for (nm in names(hc_types)) put_lm(case, nm, lm_robust(formula, data = data, se_type = hc_types[[nm]], alpha = 1 - level))
  if (!is.null(clusters)) for (nm in names(cr_types)) {
    data$.cl <- data[[clusters]]
    put_lm(case, nm, lm_robust(formula, data = data, clusters = .cl, se_type = cr_types[[nm]], alpha = 1 - level))
  }
}
lm_all("cars_cyl", y ~ wt + hp + factor(block), cars_d, clusters = "carb")
lm_all("cars_gear3", y ~ wt + qsec, cars_d, clusters = "gear", level = 0.9)
lm_all("chick", y ~ time + factor(diet), chick_d, clusters = "cluster")
lm_all("chick_interaction", y ~ time * factor(diet), chick_d, clusters = "cluster")
lm_all("cars_noint", y ~ 0 + wt + hp, cars_d)
lm_all("bc_treat", y ~ t, bc[!is.na(bc$y), ], clusters = "cluster")
lm_all("sim_hours", hours ~ t + age + gender + education, sim, clusters = "site")
# Collinear: lm drops the later column of a collinear set (R NA); lm_robust pivots and may drop another one.
coll <- cars_d; coll$w2 <- 2 * coll$wt; coll$z <- coll$hp + coll$wt
write_data(coll, "collinear.csv")
na_lm <- names(which(is.na(coef(lm(y ~ wt + w2 + hp + z + qsec, data = coll)))))
na_rob <- names(which(is.na(coef(lm_robust(y ~ wt + w2 + hp + z + qsec, data = coll)))))
lm_all("collinear_as_lm", y ~ wt + hp + qsec, coll)   # the fit lm reports once w2 and z are dropped
for (x in na_lm) lmstats[[length(lmstats) + 1]] <- data.frame(case = "collinear", vcov = "lm", name = "na", value = x)
for (x in na_rob) lmstats[[length(lmstats) + 1]] <- data.frame(case = "collinear", vcov = "lm_robust", name = "na", value = x)

# lm_lin: centred covariates interacted with treatment.
lin_all <- function(case, formula, covariates, data, clusters = NULL) {
  for (nm in names(hc_types)) put_lm(case, nm, lm_lin(formula, covariates = covariates, data = data, se_type = hc_types[[nm]]))
  if (!is.null(clusters)) for (nm in names(cr_types)) {
    data$.cl <- data[[clusters]]
    put_lm(case, nm, lm_lin(formula, covariates = covariates, data = data, clusters = .cl, se_type = cr_types[[nm]]))
  }
}
lin_all("lin_cars", y ~ t, ~ wt + hp, cars_d)
lin_all("lin_warp", y ~ t, ~ block, warp_d)
lin_all("lin_chick", y ~ t, ~ time, chick_d, clusters = "cluster")
lin_all("lin_bc", y ~ t, ~ factor(block), bc[!is.na(bc$y), ], clusters = "cluster")
lin_all("lin_sim", hours ~ t, ~ age + gender + education, sim, clusters = "site")
write.csv(do.call(rbind, lmrows), "lm.csv", row.names = FALSE)
write.csv(do.call(rbind, lmstats), "lmstats.csv", row.names = FALSE)

# ---- chisq.test and p.adjust ----
chi <- list()
chi_case <- function(case, tab, correct) {
  tab <- as.matrix(tab); ct <- withCallingHandlers(chisq.test(tab, correct = correct),
    warning = function(w) { chi[[length(chi) + 1]] <<- data.frame(case = case, field = "warning", i = 0, value = "yes"); invokeRestart("muffleWarning") })
  add <- function(field, v) chi[[length(chi) + 1]] <<- data.frame(case = case, field = field, i = seq_along(v) - 1, value = f17(v))
  add("table", as.vector(t(tab))); add("dim", dim(tab))
  add("statistic", unname(ct$statistic)); add("df", unname(ct$parameter)); add("p_value", ct$p.value)
  add("expected", as.vector(t(ct$expected))); add("residuals", as.vector(t(ct$residuals))); add("stdres", as.vector(t(ct$stdres)))
}
chi_case("am_vs_yates", table(mtcars$am, mtcars$vs), TRUE)
chi_case("am_vs_plain", table(mtcars$am, mtcars$vs), FALSE)
chi_case("close_yates", matrix(c(10, 10, 10, 11), 2), TRUE)
chi_case("hair_eye", margin.table(HairEyeColor, c(1, 2)), TRUE)
chi_case("cyl_gear_small", table(mtcars$cyl, mtcars$gear), TRUE)
write.csv(do.call(rbind, chi), "chisq.csv", row.names = FALSE)
p <- c(0.01, 0.04, 0.03, 0.04, NA, 0.2, 0.5, 0.001, 0.9, 0.04)
padj <- data.frame(i = seq_along(p) - 1, p = f17(p), holm = f17(p.adjust(p, "holm")), BH = f17(p.adjust(p, "BH")),
                   bonferroni = f17(p.adjust(p, "bonferroni")))
write.csv(padj, "padjust.csv", row.names = FALSE)
