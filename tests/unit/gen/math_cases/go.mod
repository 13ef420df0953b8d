module mc
go 1.19
