package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(a, b int) int
type Handler func(string) string

type Calculator struct {
	ops map[string]BinOp
	log []string
}

func NewCalculator() *Calculator {
	c := &Calculator{ops: map[string]BinOp{}}
	c.ops["+"] = func(a, b int) int { return a + b }
	c.ops["-"] = func(a, b int) int { return a - b }
	c.ops["*"] = func(a, b int) int { return a * b }
	c.ops["max"] = func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}
	return c
}

func (c *Calculator) Do(op string, a, b int) (int, bool) {
	f, ok := c.ops[op]
	if !ok {
		c.log = append(c.log, "unknown "+op)
		return 0, false
	}
	r := f(a, b)
	c.log = append(c.log, fmt.Sprintf("%d %s %d = %d", a, op, b, r))
	return r, true
}

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, pred func(int) bool) (out []int) {
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return
}

func reduce(xs []int, init int, f func(acc, x int) int) int {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func main() {
	c := NewCalculator()
	fmt.Println(c.Do("+", 2, 3))
	fmt.Println(c.Do("max", 2, 3))
	fmt.Println(c.Do("/", 2, 3))
	fmt.Println(c.Do("*", -4, 3))
	fmt.Println(strings.Join(c.log, "; "))
	names := make([]string, 0, len(c.ops))
	for k := range c.ops {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
	h := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return "<" + s + ">" })
	fmt.Println(h("  hello  "))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(sq, ev, reduce(ev, 0, func(a, x int) int { return a + x }))
	var nilF BinOp
	fmt.Println(nilF == nil, c.ops["+"] != nil)
	table := []struct {
		name string
		f    func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"neg", func(x float64) float64 { return -x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.f(3))
	}
	apply := func(f func(int) int, n int) int { return f(f(n)) }
	fmt.Println(apply(func(x int) int { return x + 3 }, 1))
}
