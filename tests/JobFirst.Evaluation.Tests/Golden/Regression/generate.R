# Golden values for JobFirst.Evaluation.Regression (logistic regression, sandwich variances, margins).
# Run from this folder:  Rscript generate.R
# Writes the input CSVs (so C# reads exactly the same data) and golden.csv / stats.csv at 17 digits.
suppressPackageStartupMessages({ library(sandwich); library(brglm2) })
Sys.setlocale("LC_COLLATE", "C")
f17 <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
tight <- glm.control(epsilon = 1e-12, maxit = 100)
rows <- list(); stats <- list()
add <- function(case, vcov, section, term, est, se) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, vcov = vcov, section = section, term = term,
                                          estimate = f17(est), std_error = f17(se), stringsAsFactors = FALSE)
}
stat <- function(case, name, value) {
  stats[[length(stats) + 1]] <<- data.frame(case = case, name = name, value = f17(value), stringsAsFactors = FALSE)
}
sorted_factor <- function(x, ref = NULL) {
  f <- factor(as.character(x), levels = sort(unique(as.character(x)), method = "radix"))
  if (!is.null(ref)) f <- relevel(f, ref = ref)
  f
}
vcovs <- function(fit, cl = NULL) {
  v <- list(model = vcov(fit, complete = FALSE), hc0 = vcovHC(fit, type = "HC0"), hc1 = vcovHC(fit, type = "HC1"))
  if (!is.null(cl)) {
    v$cluster_r <- vcovCL(fit, cluster = cl, type = "HC1", cadjust = TRUE)
    v$cluster_stata <- vcovCL(fit, cluster = cl, type = "HC0", cadjust = TRUE)
  }
  v
}
coefs <- function(case, fit, V) {
  b <- coef(fit)
  for (nm in names(V)) {
    se <- rep(NA_real_, length(b)); names(se) <- names(b)
    ok <- !is.na(b)
    se[ok] <- sqrt(diag(V[[nm]]))
    add(case, nm, "coef", names(b), b, se)
  }
}
fitstats <- function(case, fit, default_fit) {
  stat(case, "log_likelihood", as.numeric(logLik(fit)))
  stat(case, "deviance", deviance(fit))
  stat(case, "null_deviance", fit$null.deviance)
  stat(case, "aic", AIC(fit))
  stat(case, "bic", BIC(fit))
  stat(case, "iterations_default_control", default_fit$iter)
  stat(case, "n", nobs(fit))
  stat(case, "rank", fit$rank)
  ll0 <- -fit$null.deviance / 2
  stat(case, "mcfadden_r2", 1 - as.numeric(logLik(fit)) / ll0)
  stat(case, "lr_chisq", fit$null.deviance - deviance(fit))
  stat(case, "lr_df", fit$df.null - fit$df.residual)
}
# ---- margins computed explicitly with analytic Jacobians ----
mm <- function(fit, data) {
  X <- model.matrix(delete.response(terms(fit)), data, xlev = fit$xlevels)
  b <- coef(fit); ok <- !is.na(b)
  list(X = X[, ok, drop = FALSE], b = b[ok])
}
wmean <- function(x, w) sum(w * x) / sum(w)
counterfactual <- function(fit, data, var, value, w) {
  d2 <- data
  if (is.factor(data[[var]])) d2[[var]] <- factor(value, levels = levels(data[[var]])) else d2[[var]] <- value
  m <- mm(fit, d2); eta <- drop(m$X %*% m$b); mu <- plogis(eta)
  list(est = wmean(mu, w), J = colSums(w * mu * (1 - mu) * m$X) / sum(w))
}
se_of <- function(J, V) sqrt(drop(t(J) %*% V %*% J))
margins_discrete <- function(case, vname, fit, data, var, levels, ref, V, w) {
  cf <- lapply(levels, function(l) counterfactual(fit, data, var, l, w))
  for (i in seq_along(levels)) add(case, vname, "predictive", paste0(var, "=", levels[i]), cf[[i]]$est, se_of(cf[[i]]$J, V))
  r <- which(levels == ref)
  for (i in seq_along(levels)) if (i != r)
    add(case, vname, "ame", paste0(var, ": ", levels[i], " - ", levels[r]), cf[[i]]$est - cf[[r]]$est, se_of(cf[[i]]$J - cf[[r]]$J, V))
  for (a in seq_along(levels)) for (b in seq_along(levels)) if (b > a)
    add(case, vname, "contrast_pp", paste0(var, ": ", levels[b], " - ", levels[a]),
        100 * (cf[[b]]$est - cf[[a]]$est), 100 * se_of(cf[[b]]$J - cf[[a]]$J, V))
}
margins_derivative <- function(case, vname, fit, data, var, V, w) {
  m0 <- mm(fit, data); d1 <- data; d1[[var]] <- d1[[var]] + 1; m1 <- mm(fit, d1)
  dX <- m1$X - m0$X   # exact derivative of columns linear in var
  eta <- drop(m0$X %*% m0$b); mu <- plogis(eta); v <- mu * (1 - mu); deta <- drop(dX %*% m0$b)
  est <- wmean(v * deta, w)
  J <- colSums(w * (v * (1 - 2 * mu) * deta * m0$X + v * dX)) / sum(w)
  add(case, vname, "ame", var, est, se_of(J, V))
}

# ---- case 1: infert, factor + cluster (stratum) ----
cat("case 1: infert, factor + cluster (stratum)\n")
inf <- infert
inf$education <- as.character(inf$education)
write.csv(inf[, c("case", "education", "age", "parity", "induced", "spontaneous", "stratum")], "infert.csv", row.names = FALSE)
inf$education <- sorted_factor(inf$education)
f1 <- case ~ education + age + parity + induced + spontaneous
fit1 <- glm(f1, family = binomial, data = inf, control = tight)
fit1d <- glm(f1, family = binomial, data = inf)
V1 <- vcovs(fit1, ~stratum)
coefs("infert", fit1, V1)
fitstats("infert", fit1, fit1d)
w1 <- rep(1, nrow(inf))
for (nm in c("model", "cluster_r", "cluster_stata", "hc1")) {
  margins_discrete("infert", nm, fit1, inf, "education", levels(inf$education), "0-5yrs", V1[[nm]], w1)
  margins_derivative("infert", nm, fit1, inf, "age", V1[[nm]], w1)
  margins_derivative("infert", nm, fit1, inf, "induced", V1[[nm]], w1)
}

# nested likelihood-ratio test (seed 004: step 1 individual vs step 2 with more controls)
fit1r <- glm(case ~ education + age, family = binomial, data = inf, control = tight)
lrt <- anova(fit1r, fit1, test = "LRT")
stat("infert_nested", "lr_chisq", lrt$Deviance[2]); stat("infert_nested", "lr_df", lrt$Df[2]); stat("infert_nested", "lr_p", lrt[["Pr(>Chi)"]][2])

# ---- case 2: infert with interactions and a chosen reference level ----
cat("case 2: infert with interactions and a chosen reference level\n")
inf2 <- inf; inf2$education <- relevel(inf2$education, ref = "6-11yrs")
f2 <- case ~ age * education + induced + spontaneous:age
fit2 <- glm(f2, family = binomial, data = inf2, control = tight)
fit2d <- glm(f2, family = binomial, data = inf2)
V2 <- vcovs(fit2, ~stratum)
coefs("infert_interaction", fit2, V2)
fitstats("infert_interaction", fit2, fit2d)
for (nm in c("model", "cluster_r")) {
  margins_discrete("infert_interaction", nm, fit2, inf2, "education", levels(inf2$education), "6-11yrs", V2[[nm]], w1)
  margins_derivative("infert_interaction", nm, fit2, inf2, "age", V2[[nm]], w1)
}

# ---- case 3: mtcars am ~ wt + hp + vs (vs is a 0/1 numeric: discrete change) ----
cat("case 3: mtcars am ~ wt + hp + vs (vs is a 0/1 numeric: discrete change)\n")
mt <- mtcars
write.csv(mt[, c("am", "wt", "hp", "vs", "cyl")], "mtcars.csv", row.names = FALSE)
f3 <- am ~ wt + hp + vs
fit3 <- glm(f3, family = binomial, data = mt, control = tight)
fit3d <- glm(f3, family = binomial, data = mt)
V3 <- vcovs(fit3, ~cyl)
coefs("mtcars", fit3, V3)
fitstats("mtcars", fit3, fit3d)
w3 <- rep(1, nrow(mt))
for (nm in c("model", "hc0")) {
  margins_discrete("mtcars", nm, fit3, mt, "vs", c(0, 1), 0, V3[[nm]], w3)
  margins_derivative("mtcars", nm, fit3, mt, "wt", V3[[nm]], w3)
}

# ---- case 4: esoph aggregated cells (frequency weights) vs person rows ----
cat("case 4: esoph aggregated cells (frequency weights) vs person rows\n")
es <- esoph
agg <- rbind(
  data.frame(agegp = as.character(es$agegp), alcgp = as.character(es$alcgp), tobgp = as.character(es$tobgp), y = 1, n = es$ncases),
  data.frame(agegp = as.character(es$agegp), alcgp = as.character(es$alcgp), tobgp = as.character(es$tobgp), y = 0, n = es$ncontrols))
write.csv(agg, "esoph_cells.csv", row.names = FALSE)
pers <- agg[rep(seq_len(nrow(agg)), agg$n), c("agegp", "alcgp", "tobgp", "y")]
pers$agegp <- sorted_factor(pers$agegp); pers$alcgp <- sorted_factor(pers$alcgp); pers$tobgp <- sorted_factor(pers$tobgp)
f4 <- y ~ agegp + alcgp + tobgp
fit4 <- glm(f4, family = binomial, data = pers, control = tight)
fit4d <- glm(f4, family = binomial, data = pers)
V4 <- vcovs(fit4, ~agegp)
coefs("esoph", fit4, V4)
fitstats("esoph", fit4, fit4d)
w4 <- rep(1, nrow(pers))
margins_discrete("esoph", "hc1", fit4, pers, "alcgp", levels(pers$alcgp), levels(pers$alcgp)[1], V4$hc1, w4)

# ---- case 5: collinear (municipality-level control constant within municipality, seed 004) ----
cat("case 5: collinear (municipality-level control constant within municipality, seed 004)\n")
set.seed(20260401)
nc <- 400
co <- data.frame(muni = sample(c("aarhus", "bornholm", "esbjerg", "odense"), nc, replace = TRUE), age = round(runif(nc, 18, 64)))
size <- c(aarhus = 3.5, bornholm = 0.4, esbjerg = 1.2, odense = 2.0)
co$muni_size <- size[co$muni]
co$x1 <- rnorm(nc); co$x2 <- rnorm(nc); co$x3 <- co$x1 + 2 * co$x2
co$y <- rbinom(nc, 1, plogis(-1 + 0.03 * co$age + 0.5 * co$x1 - 0.4 * co$x2 + c(aarhus = 0, bornholm = 0.5, esbjerg = -0.3, odense = 0.2)[co$muni]))
co$age[c(3, 17, 101)] <- NA
co$muni[c(5, 17)] <- NA
write.csv(co, "collinear.csv", row.names = FALSE, na = "")
co$muni <- factor(co$muni, levels = sort(unique(as.character(co$muni[!is.na(co$muni)])), method = "radix"))
f5 <- y ~ age + muni + muni_size + x1 + x2 + x3
fit5 <- glm(f5, family = binomial, data = co, control = tight)
fit5d <- glm(f5, family = binomial, data = co)
V5 <- vcovs(fit5)
coefs("collinear", fit5, V5["model"])
fitstats("collinear", fit5, fit5d)
stat("collinear", "rows_dropped", length(fit5$na.action))
w5 <- rep(1, nobs(fit5))
cc5 <- co[complete.cases(co[, c("y", "age", "muni", "muni_size", "x1", "x2", "x3")]), ]
margins_discrete("collinear", "model", fit5, cc5, "muni", levels(co$muni), "aarhus", V5$model, w5)

# ---- case 6: quasi-complete separation (a level with no events) and Firth ----
cat("case 6: quasi-complete separation (a level with no events) and Firth\n")
set.seed(7)
ns <- 120
sp <- data.frame(group = sample(c("a", "b", "c"), ns, replace = TRUE), x = round(rnorm(ns), 3))
sp$y <- rbinom(ns, 1, plogis(0.3 + 0.8 * sp$x))
sp$y[sp$group == "c"] <- 0
write.csv(sp, "separation.csv", row.names = FALSE)
sp$group <- sorted_factor(sp$group)
f6 <- y ~ group + x
fit6 <- glm(f6, family = binomial, data = sp, method = brglm2::brglmFit, type = "AS_mean",
            control = brglmControl(epsilon = 1e-12, maxit = 500))
coefs("separation_firth", fit6, list(model = vcov(fit6)))
stat("separation_firth", "log_likelihood", as.numeric(logLik(fit6)))
ml6 <- suppressWarnings(glm(f6, family = binomial, data = sp))
stat("separation_ml", "coef_groupc", coef(ml6)["groupc"])

# ---- case 7: Firth on infert (no separation) ----
cat("case 7: Firth on infert (no separation)\n")
fit7 <- glm(f1, family = binomial, data = inf, method = brglm2::brglmFit, type = "AS_mean",
            control = brglmControl(epsilon = 1e-12, maxit = 500))
coefs("infert_firth", fit7, list(model = vcov(fit7)))

# ---- case 8: no intercept, factor gets full dummies ----
cat("case 8: no intercept, factor gets full dummies\n")
f8 <- case ~ 0 + education + age
fit8 <- glm(f8, family = binomial, data = inf, control = tight)
coefs("infert_nointercept", fit8, list(model = vcov(fit8)))
fitstats("infert_nointercept", fit8, glm(f8, family = binomial, data = inf))

# ---- case 9: simulator's rum scenario (seed 004): municipality-level control collinear with municipality ----
# rum.csv is written by the C# simulator (SimulationScenario.Rum, default seed; outcome = first outcome after
# visitation is employment/education/flexjob), so R and C# fit exactly the same rows. See RumGoldenInput in the tests.
cat("case 9: rum scenario, municipality traits collinear with municipality\n")
rum <- read.csv("rum.csv", stringsAsFactors = FALSE)
for (v in c("site", "gender", "education_level", "benefit_group", "self_belief", "caseworker_belief", "disability", "municipality_size"))
  rum[[v]] <- sorted_factor(rum[[v]])
f9 <- reached ~ gender + age + education_level + benefit_group + benefit_history_weeks + self_belief + caseworker_belief + site + municipality_size
# glm.fit's QR rank tolerance is min(1e-7, epsilon/1000): with the tight epsilon it would not see the collinearity.
# So R's default control names the aliased columns, and the tight fit without them gives the reference values
# (the estimates of a fit with aliased columns dropped are those of the fit without them).
fit9d <- glm(f9, family = binomial, data = rum)
aliased9 <- names(coef(fit9d))[is.na(coef(fit9d))]
for (a in aliased9) stat("rum", paste0("aliased:", a), 1)
f9r <- update(f9, . ~ . - municipality_size)
fit9 <- glm(f9r, family = binomial, data = rum, control = tight)
V9 <- vcovs(fit9, ~site)
coefs("rum", fit9, V9)
fitstats("rum", fit9, fit9d)
w9 <- rep(1, nrow(rum))
for (nm in c("model", "cluster_r", "cluster_stata")) {
  margins_discrete("rum", nm, fit9, rum, "education_level", levels(rum$education_level), levels(rum$education_level)[1], V9[[nm]], w9)
  margins_discrete("rum", nm, fit9, rum, "self_belief", levels(rum$self_belief), "strong", V9[[nm]], w9)
  margins_derivative("rum", nm, fit9, rum, "age", V9[[nm]], w9)
}
fit9r <- glm(reached ~ gender + age + education_level + benefit_group + benefit_history_weeks + self_belief + caseworker_belief,
             family = binomial, data = rum, control = tight)
lrt9 <- anova(fit9r, fit9, test = "LRT")
stat("rum_nested", "lr_chisq", lrt9$Deviance[2]); stat("rum_nested", "lr_df", lrt9$Df[2]); stat("rum_nested", "lr_p", lrt9[["Pr(>Chi)"]][2])

out <- do.call(rbind, rows)
write.csv(out, "golden.csv", row.names = FALSE, quote = TRUE)
write.csv(do.call(rbind, stats), "stats.csv", row.names = FALSE, quote = TRUE)
cat("wrote", nrow(out), "golden rows\n")
