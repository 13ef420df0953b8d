package main

import "fmt"

var (
	a = b + c // initialized after b and c
	b = f("b")
	c = f("c")
	d = 4
)

var total int
var table = buildTable()

func f(name string) int {
	fmt.Println("init", name)
	return len(name) * 10
}

func buildTable() map[string]int {
	fmt.Println("building table, d =", d)
	return map[string]int{"d": d, "a": a}
}

func init() {
	fmt.Println("first init, a =", a)
	total += a
}

func init() {
	fmt.Println("second init, total =", total)
	total *= 2
}

var counter = func() func() int {
	n := 100
	return func() int { n++; return n }
}()

func main() {
	fmt.Println("main", a, b, c, d, total, table)
	fmt.Println(counter(), counter())
}
