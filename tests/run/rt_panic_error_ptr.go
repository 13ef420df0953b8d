package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "key not found: " + e.Key }

func get(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(&NotFound{k})
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(get(m, "a"))
	defer fmt.Println("main's defer runs")
	func() {
		defer fmt.Println("inner defer runs")
		fmt.Println(get(m, "zz"))
	}()
}
