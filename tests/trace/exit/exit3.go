// A traced run ending this way keeps every event (tools/test-trace).
package main

import "os"

type T struct{ a, b int }

var sink *T

func main() {
	sink = &T{1, 2}
	os.Exit(3)
}
