# Study-level golden values (sourced by generate.R) on the simulated JobFirst panel exported by C#
# (GoldenStudyFixture: golden_persons.csv, golden_weeks.csv, golden_sites.csv).
suppressPackageStartupMessages({ library(estimatr); library(metafor) })
persons <- read.csv("golden_persons.csv", stringsAsFactors = FALSE, na.strings = "NA")
weeks <- read.csv("golden_weeks.csv")
sitetab <- read.csv("golden_sites.csv", stringsAsFactors = FALSE)
persons$age_band <- with(persons, {
  age <- visitation_year - birth_year
  ifelse(age < 30, "<30", ifelse(age < 40, "30-39", ifelse(age < 50, "40-49", "50+")))
})
d <- merge(weeks, persons[, c("person", "arm", "site", "target_group", "gender")], by = "person")
min_cell <- 5
dim_add <- function(case, fit) {
  t <- tidy(fit)
  add(case, "estimate", t$estimate); add(case, "std_error", t$std.error); add(case, "statistic", t$statistic)
  add(case, "p_value", t$p.value); add(case, "conf_low", t$conf.low); add(case, "conf_high", t$conf.high)
  add(case, "df", t$df)
}
arm_add <- function(case, y, arm) {
  add(case, "n_treated", sum(arm == 1)); add(case, "n_control", sum(arm == 0))
  add(case, "mean_treated", mean(y[arm == 1])); add(case, "mean_control", mean(y[arm == 0]))
}
estimable <- function(y, arm) sum(arm == 1) >= min_cell && sum(arm == 0) >= min_cell && (var(y[arm == 1]) > 0 || var(y[arm == 0]) > 0)
keep_blocks <- function(sub) {
  ok <- tapply(sub$arm == 1, sub$site, sum) >= 2 & tapply(sub$arm == 0, sub$site, sum) >= 2
  sub[sub$site %in% names(ok)[ok], ]
}
odd_sites <- sprintf("JC%02d", seq(1, 15, 2))

# ---- weekly effects ----
for (outcome in c("employed", "hours", "internship", "active13")) for (k in 1:44) {
  sub <- d[d$week == k, ]
  sub$y <- sub[[outcome]]
  if (!estimable(sub$y, sub$arm)) next
  case <- paste("weekly", outcome, k, sep = "/")
  arm_add(case, sub$y, sub$arm)
  dim_add(case, difference_in_means(y ~ arm, data = sub))
  fit <- difference_in_means(y ~ arm, data = sub)
  z <- fit$coefficients[[1]] / fit$std.error[[1]]
  add(paste("weekly_normal", outcome, k, sep = "/"), "p_value", 2 * pnorm(-abs(z)))
  add(paste("weekly_normal", outcome, k, sep = "/"), "conf_low", fit$coefficients[[1]] - qnorm(0.975) * fit$std.error[[1]])
  add(paste("weekly_normal", outcome, k, sep = "/"), "conf_high", fit$coefficients[[1]] + qnorm(0.975) * fit$std.error[[1]])
  tt <- t.test(sub$y[sub$arm == 1], sub$y[sub$arm == 0], var.equal = TRUE)
  cc <- paste("weekly_classical", outcome, k, sep = "/")
  add(cc, "statistic", tt$statistic); add(cc, "df", tt$parameter); add(cc, "p_value", tt$p.value)
  add(cc, "conf_low", tt$conf.int[1]); add(cc, "conf_high", tt$conf.int[2])
  b <- keep_blocks(sub)
  if (length(unique(b$site)) >= 2) {
    bc <- paste("weekly_blocked", outcome, k, sep = "/")
    dim_add(bc, difference_in_means(y ~ arm, blocks = site, data = b))
    add(bc, "blocks_left_out", length(unique(sub$site)) - length(unique(b$site)))
  }
  sub$tc <- as.integer(sub$site %in% odd_sites)
  if (estimable(sub$y, sub$tc)) {
    dim_add(paste("weekly_clustered", outcome, k, sep = "/"), difference_in_means(y ~ tc, clusters = site, data = sub))
  }
}

# ---- window outcomes ----
window_values <- function(outcome, from, to, stat) {
  w <- weeks[weeks$week >= from & weeks$week <= to, ]
  f <- switch(stat, mean = mean, sum = sum, ever = function(v) as.numeric(any(v > 0)))
  agg <- aggregate(w[[outcome]], by = list(person = w$person), FUN = f)
  p <- merge(persons, agg, by = "person", all.x = TRUE)
  p$y <- ifelse(p$observed_weeks >= to, p$x, NA)
  p[order(p$person), ]
}
windows <- list(c("hours", 1, 20, "mean"), c("employed", 1, 20, "sum"), c("employed", 1, 20, "ever"),
                c("internship", 5, 25, "mean"), c("active13", 20, 30, "mean"))
for (w in windows) {
  p <- window_values(w[1], as.numeric(w[2]), as.numeric(w[3]), w[4])
  case <- paste("window", paste(w, collapse = ":"), sep = "/")
  linked <- p$linked == 1
  add(case, "incomplete_treated", sum(linked & is.na(p$y) & p$arm == 1))
  add(case, "incomplete_control", sum(linked & is.na(p$y) & p$arm == 0))
  q <- p[!is.na(p$y), ]
  arm_add(case, q$y, q$arm)
  dim_add(case, difference_in_means(y ~ arm, data = q))
  dim_add(paste("window_blocked", paste(w, collapse = ":"), sep = "/"),
          difference_in_means(y ~ arm, blocks = site, data = keep_blocks(q)))
}

# ---- subgroups: window hours 1:20 mean; test of equal effects two ways ----
p <- window_values("hours", 1, 20, "mean")
q <- p[!is.na(p$y), ]
for (by in c("target_group", "gender", "age_band")) {
  levels <- sort(unique(q[[by]]), method = "radix")
  yi <- c(); sei <- c(); used <- c()
  for (l in levels) {
    s <- q[q[[by]] == l, ]
    if (!estimable(s$y, s$arm)) next
    fit <- difference_in_means(y ~ arm, data = s)
    dim_add(paste("subgroup", by, l, sep = "/"), fit)
    yi <- c(yi, fit$coefficients[[1]]); sei <- c(sei, fit$std.error[[1]]); used <- c(used, l)
  }
  g <- factor(used)
  fe <- rma(yi = yi, sei = sei, mods = ~ g, method = "FE")
  add(paste("subgroup_test", by, sep = "/"), "q", fe$QM)
  add(paste("subgroup_test", by, sep = "/"), "p_value", fe$QMp)
  add(paste("subgroup_test", by, sep = "/"), "df", fe$QMdf[1])
  s <- q[q[[by]] %in% used, ]
  s$g <- factor(s[[by]])
  lr <- lm_robust(y ~ arm * g, data = s, se_type = "HC2")
  int <- grep("^arm:g", names(coef(lr)))
  b <- coef(lr)[int]
  add(paste("subgroup_test", by, sep = "/"), "wald_hc2", drop(t(b) %*% solve(vcov(lr)[int, int]) %*% b))
}
for (k in c(10, 20, 30)) {
  sub <- d[d$week == k, ]
  yi <- c(); sei <- c()
  for (l in sort(unique(sub$target_group), method = "radix")) {
    s <- sub[sub$target_group == l, ]
    fit <- difference_in_means(active13 ~ arm, data = s)
    if (fit$std.error[[1]] > 0) { yi <- c(yi, fit$coefficients[[1]]); sei <- c(sei, fit$std.error[[1]]) }
  }
  if (length(yi) < 2) next
  fe <- rma(yi = yi, sei = sei, method = "FE")
  add(paste("subgroup_weekly_test", "active13", "target_group", k, sep = "/"), "q", fe$QE)
  add(paste("subgroup_weekly_test", "active13", "target_group", k, sep = "/"), "p_value", fe$QEp)
}

# ---- sites: employed 1:20 mean ----
site_effects <- function(outcome) {
  p <- window_values(outcome, 1, 20, "mean")
  q <- p[!is.na(p$y), ]
  out <- data.frame()
  for (s in sort(unique(persons$site), method = "radix")) {
    r <- q[q$site == s, ]
    if (!estimable(r$y, r$arm)) next
    fit <- difference_in_means(y ~ arm, data = r)
    out <- rbind(out, data.frame(site = s, yi = fit$coefficients[[1]], vi = fit$std.error[[1]]^2,
                                 control_mean = mean(r$y[r$arm == 0])))
  }
  out
}
se <- site_effects("employed")
si <- site_effects("internship")
se <- merge(se, sitetab, by = "site")
se$effect_internship <- si$yi[match(se$site, si$site)]
se <- se[order(se$site), ]
for (i in seq_len(nrow(se))) { add(paste("site", se$site[i], sep = "/"), "estimate", se$yi[i]); add(paste("site", se$site[i], sep = "/"), "variance", se$vi[i]) }
tight <- list(threshold = 1e-13, maxiter = 10000)
for (method in c("FE", "DL", "REML")) {
  fit <- rma(yi, vi, data = se, method = method, control = tight)
  case <- paste("sites", method, sep = "/")
  add(case, "estimate", fit$beta[1]); add(case, "std_error", fit$se[1]); add(case, "tau2", fit$tau2)
  add(case, "q", fit$QE); add(case, "q_p", fit$QEp); add(case, "i2", fit$I2)
  b <- blup(fit)
  for (i in seq_len(nrow(se))) add(paste("sites_blup", method, se$site[i], sep = "/"), "pred", b$pred[i])
  for (i in seq_len(nrow(se))) add(paste("sites_blup", method, se$site[i], sep = "/"), "se", b$se[i])
  for (trait in c("caseload", "control_success_rate", "internship_share", "control_mean", "effect_internship")) {
    m <- rma(yi, vi, mods = se[[trait]], data = se, method = method, control = tight)
    case <- paste("sites_mods", method, trait, sep = "/")
    add(case, "intercept", m$beta[1]); add(case, "slope", m$beta[2]); add(case, "slope_se", m$se[2])
    add(case, "slope_p", m$pval[2]); add(case, "tau2", m$tau2); add(case, "qm", m$QM)
  }
}

# ---- balance ----
numeric_covs <- c("birth_year", "history_weeks_employed", "history_weeks_self_supporting", "history_weeks_sick")
for (v in numeric_covs) {
  x1 <- persons[[v]][persons$arm == 1]; x0 <- persons[[v]][persons$arm == 0]
  case <- paste("balance", v, sep = "/")
  add(case, "missing_treated", sum(is.na(x1))); add(case, "missing_control", sum(is.na(x0)))
  x1 <- x1[!is.na(x1)]; x0 <- x0[!is.na(x0)]
  tt <- t.test(x1, x0)
  add(case, "mean_treated", mean(x1)); add(case, "mean_control", mean(x0))
  add(case, "sd_treated", sd(x1)); add(case, "sd_control", sd(x0))
  add(case, "smd", (mean(x1) - mean(x0)) / sqrt((var(x1) + var(x0)) / 2))
  add(case, "statistic", tt$statistic); add(case, "df", tt$parameter); add(case, "p_value", tt$p.value)
}
for (v in c("site", "target_group", "gender", "origin", "education")) {
  tab <- table(persons$arm, persons[[v]])
  ct <- suppressWarnings(chisq.test(tab, correct = FALSE))
  case <- paste("balance", v, sep = "/")
  add(case, "statistic", ct$statistic); add(case, "df", ct$parameter); add(case, "p_value", ct$p.value)
  for (l in colnames(tab)) {
    p1 <- tab["1", l] / sum(tab["1", ]); p0 <- tab["0", l] / sum(tab["0", ])
    add(paste("balance", v, l, sep = "/"), "share_treated", p1)
    add(paste("balance", v, l, sep = "/"), "share_control", p0)
    add(paste("balance", v, l, sep = "/"), "smd", (p1 - p0) / sqrt((p1 * (1 - p1) + p0 * (1 - p0)) / 2))
  }
}
cc <- persons[complete.cases(persons[, c(numeric_covs, "site", "target_group", "gender", "origin", "education")]), ]
full <- glm(arm ~ site + target_group + gender + birth_year + origin + education + history_weeks_employed +
              history_weeks_self_supporting + history_weeks_sick, family = binomial, data = cc,
            control = glm.control(epsilon = 1e-12, maxit = 100))
null <- glm(arm ~ 1, family = binomial, data = cc)
a <- anova(null, full, test = "LRT")
add("balance_omnibus", "lr", a$Deviance[2]); add("balance_omnibus", "df", a$Df[2]); add("balance_omnibus", "p_value", a[["Pr(>Chi)"]][2])
add("balance_omnibus", "rows", nrow(cc))
fs <- summary(lm(arm ~ site + target_group + gender + birth_year + origin + education + history_weeks_employed +
                   history_weeks_self_supporting + history_weeks_sick, data = cc))$fstatistic
add("balance_omnibus", "f", fs[["value"]]); add("balance_omnibus", "f_df1", fs[["numdf"]]); add("balance_omnibus", "f_df2", fs[["dendf"]])
add("balance_omnibus", "f_p_value", pf(fs[["value"]], fs[["numdf"]], fs[["dendf"]], lower.tail = FALSE))

# ---- hours distribution, week 20 ----
h <- d[d$week == 20 & d$hours > 0, ]
h$band <- cut(h$hours, c(0, 5, 10, 15, 20, 30, 37, Inf), right = FALSE)
tab <- table(h$arm, h$band)
tab <- tab[, colSums(tab) > 0]
ct <- suppressWarnings(chisq.test(tab, correct = FALSE))
add("hours_distribution/20", "statistic", ct$statistic); add("hours_distribution/20", "df", ct$parameter)
add("hours_distribution/20", "p_value", ct$p.value)
