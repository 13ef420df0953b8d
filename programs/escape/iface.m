programs/escape/iface.go:15:13: ... argument does not escape
programs/escape/iface.go:15:16: in() escapes to heap
