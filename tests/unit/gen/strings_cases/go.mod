module strings_cases
go 1.19
