package main

// Maps that do not escape live in the frame (header and first table, as
// Go keeps them on the stack): growth past the frame table, insertion
// while iterating, deletion, pointer values kept alive across collections,
// large values, literals, one map per recursive frame, remade in a loop.

import (
	"fmt"
	"runtime"
	"sort"
)

type big struct {
	a [10]int
	s string
}

func grow(n int) int {
	m := make(map[int]*int)
	for i := 0; i < n; i++ {
		v := i * i
		m[i] = &v
		if i%7 == 0 {
			runtime.GC()
		}
	}
	sum := 0
	for k, v := range m {
		sum += k + *v
	}
	for k, v := range m {
		if k < 3 {
			m[k+1000] = v // added while iterating (grows it): len counts
		}
	}
	delete(m, 0)
	return len(m)*1000000 + sum%1000
}

func bigvals() string {
	m := map[string]big{"x": {s: "one"}, "y": {a: [10]int{9: 9}, s: "two"}}
	m["z"] = big{a: [10]int{1}, s: "three"}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := ""
	for _, k := range keys {
		out += fmt.Sprint(k, m[k].a[0], m[k].a[9], m[k].s, " ")
	}
	return out
}

func depth(n int) int {
	m := map[int]int{n: n}
	if n > 0 {
		m[n] += depth(n - 1)
	}
	return m[n]
}

func lit() int {
	m := map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i", 10: "j"}
	return len(m)
}

func main() {
	for _, n := range []int{0, 1, 8, 9, 100} {
		fmt.Println("grow", n, grow(n))
	}
	fmt.Println(bigvals())
	fmt.Println("depth", depth(50))
	fmt.Println("lit", lit())
	total := 0
	for i := 0; i < 5; i++ {
		m := make(map[string]int, 4)
		m["a"] += i
		m["b"]++
		total += len(m) + m["a"]
	}
	fmt.Println("loop", total)
}
