package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Add(name string, v int) {
	r.entries[name] = v
}

func main() {
	ok := &Registry{entries: map[string]int{}}
	ok.Add("a", 1)
	fmt.Println(ok.entries)
	var bad Registry
	fmt.Println(bad.entries["missing"], len(bad.entries))
	bad.Add("b", 2)
	fmt.Println("unreachable")
}
