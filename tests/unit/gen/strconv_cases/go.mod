module strconv_cases
go 1.19
