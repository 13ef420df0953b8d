programs/escape/pointer.go:12:17: leaking param: name
programs/escape/pointer.go:13:10: new(Demo) escapes to heap
programs/escape/pointer.go:19:13: ... argument does not escape
