// A traced run ending this way keeps every event (tools/test-trace).
package main

type T struct{ a, b int }

var sink *T

func main() {
	for i := 0; i < 3; i++ {
		sink = &T{i, i}
	}
	panic("boom")
}
