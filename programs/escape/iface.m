programs/escape/iface.go:13:13: ... argument does not escape
programs/escape/iface.go:13:16: in() escapes to heap
