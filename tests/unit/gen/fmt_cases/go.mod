module fmt_cases
go 1.19
