// A traced run ending this way keeps every event (tools/test-trace).
package main

type T struct{ a, b int }

var sink *T

func f(n int) int {
	if n == 0 {
		sink = &T{n, n}
	}
	return f(n+1) + 1
}

func main() {
	sink = &T{1, 2}
	f(0)
}
