// A traced run ending this way keeps every event (tools/test-trace).
package main

import "fmt"

type T struct{ a, b int }

func main() {
	var ts []*T
	for i := 0; i < 5; i++ {
		ts = append(ts, &T{i, i})
	}
	fmt.Println(len(ts))
}
