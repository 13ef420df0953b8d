package main

func main() {
	goto L
	var a, b int
	_, _ = a, b
L:
}
