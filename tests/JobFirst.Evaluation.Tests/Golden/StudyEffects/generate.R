# Golden values for the study-level estimators (Estimators/*: weekly effects, balance, subgroups, sites, meta,
# hours distribution). Run from this folder:  Rscript generate.R
# Inputs written by C# from simulator output are read from *.csv here; outputs go to golden.csv at 17 digits.
invisible(Sys.setlocale("LC_COLLATE", "C"))
f17 <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
golden <- list()
add <- function(case, name, value) {
  if (length(value) == 0) value <- NA
  golden[[length(golden) + 1]] <<- data.frame(case = case, name = name, value = f17(as.numeric(value)),
                                              stringsAsFactors = FALSE)
}
source("meta.R")
source("effects.R")
out <- do.call(rbind, golden)
write.csv(out, "golden.csv", row.names = FALSE)
cat("wrote", nrow(out), "golden values\n")
