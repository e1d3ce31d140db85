# Meta-analysis golden values (sourced by generate.R): metafor::rma.uni on a built-in data set and on the
# per-site effects written by the C# side (sites_effects.csv), FE / DL / REML, z and Knapp-Hartung, with blup().
suppressPackageStartupMessages(library(metafor))
tight <- list(threshold = 1e-13, maxiter = 10000)
meta_case <- function(case, yi, vi, labels, mods = NULL, modnames = character(0)) {
  for (method in c("FE", "DL", "REML")) for (test in c("z", "knha")) {
    cname <- paste(case, method, test, sep = "/")
    fit <- if (is.null(mods)) suppressWarnings(rma(yi, vi, method = method, test = test, control = tight))
           else suppressWarnings(rma(yi, vi, mods = mods, method = method, test = test, control = tight))
    terms <- if (is.null(mods)) "overall" else c("intercept", modnames)
    for (j in seq_along(terms)) {
      add(cname, paste0("coef:", terms[j], ":estimate"), fit$beta[j])
      add(cname, paste0("coef:", terms[j], ":std_error"), fit$se[j])
      add(cname, paste0("coef:", terms[j], ":statistic"), fit$zval[j])
      add(cname, paste0("coef:", terms[j], ":p_value"), fit$pval[j])
      add(cname, paste0("coef:", terms[j], ":conf_low"), fit$ci.lb[j])
      add(cname, paste0("coef:", terms[j], ":conf_high"), fit$ci.ub[j])
    }
    add(cname, "tau2", fit$tau2)
    add(cname, "tau2_se", if (method == "FE") NA else fit$se.tau2)
    add(cname, "i2", fit$I2); add(cname, "h2", fit$H2)
    add(cname, "qe", fit$QE); add(cname, "qe_p", fit$QEp)
    add(cname, "qm", fit$QM); add(cname, "qm_p", fit$QMp)
    if (!is.null(mods)) add(cname, "r2", fit$R2)
    b <- blup(fit)
    for (i in seq_along(labels)) {
      add(cname, paste0("blup:", labels[i], ":pred"), b$pred[i])
      add(cname, paste0("blup:", labels[i], ":se"), b$se[i])
      add(cname, paste0("blup:", labels[i], ":low"), b$pi.lb[i])
      add(cname, paste0("blup:", labels[i], ":high"), b$pi.ub[i])
    }
    if (is.null(mods)) {
      pr <- predict(fit)
      add(cname, "pi_low", pr$pi.lb); add(cname, "pi_high", pr$pi.ub)
    }
  }
}
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
write.csv(data.frame(label = paste0("trial", bcg$trial), yi = sprintf("%.17g", bcg$yi), vi = sprintf("%.17g", bcg$vi),
                     ablat = bcg$ablat, year = bcg$year), "meta_bcg.csv", row.names = FALSE, quote = FALSE)
bcg_labels <- paste0("trial", bcg$trial)
meta_case("bcg", bcg$yi, bcg$vi, bcg_labels)
meta_case("bcg_ablat", bcg$yi, bcg$vi, bcg_labels, cbind(bcg$ablat), "ablat")
meta_case("bcg_ablat_year", bcg$yi, bcg$vi, bcg_labels, cbind(bcg$ablat, bcg$year), c("ablat", "year"))
# Homogeneous units: the REML and DL estimates sit on the boundary tau2 = 0.
homog <- data.frame(yi = c(0.10, 0.12, 0.11, 0.09, 0.13), vi = c(0.01, 0.02, 0.015, 0.01, 0.03))
write.csv(data.frame(label = paste0("u", 1:5), yi = homog$yi, vi = homog$vi), "meta_homog.csv", row.names = FALSE, quote = FALSE)
meta_case("homog", homog$yi, homog$vi, paste0("u", 1:5))
