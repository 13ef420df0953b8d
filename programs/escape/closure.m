programs/escape/closure.go:8:2: moved to heap: n
programs/escape/closure.go:9:9: func literal escapes to heap
programs/escape/closure.go:17:13: ... argument does not escape
programs/escape/closure.go:17:16: in() escapes to heap
programs/escape/closure.go:18:13: ... argument does not escape
programs/escape/closure.go:18:16: in() escapes to heap
