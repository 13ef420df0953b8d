// The last event is in a goroutine other than main's; main then panics.
package main

type T struct{ a, b int }

var sink *T

func main() {
	done := make(chan bool)
	go func() {
		sink = &T{1, 2}
		done <- true
	}()
	<-done
	var m map[string]int
	m["x"] = 1
}
