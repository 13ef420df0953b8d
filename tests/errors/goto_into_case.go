package main

func main() {
	switch {
	case true:
		goto L
	}
	switch {
	case true:
	L:
		println()
	}
}
