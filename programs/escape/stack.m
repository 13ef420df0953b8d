programs/escape/stack.go:13:14: make([]int, 8191) does not escape
programs/escape/stack.go:21:14: make([]int, 8192) does not escape
programs/escape/stack.go:29:14: make([]int, n) escapes to heap
programs/escape/stack.go:38:13: ... argument does not escape
programs/escape/stack.go:38:22: under64k() escapes to heap
programs/escape/stack.go:39:13: ... argument does not escape
programs/escape/stack.go:39:24: exactly64k() escapes to heap
programs/escape/stack.go:40:13: ... argument does not escape
programs/escape/stack.go:40:25: unknownSize(1) escapes to heap
programs/escape/stack.go:41:13: ... argument does not escape
programs/escape/stack.go:41:25: unknownSize(100000) escapes to heap
