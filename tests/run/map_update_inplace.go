// m[k] op= v and m[k]++ (one map operation): values, insertion of absent
// keys, nil maps, and Go's order (v is evaluated before m[k] is read).
package main

import "fmt"

func main() {
	m := map[string]int{}
	words := []string{"a", "b", "a", "c", "a", "b"}
	for _, w := range words {
		m[w]++
	}
	fmt.Println(m)
	m["a"] += 10
	m["z"] -= 3
	m["b"] *= 7
	m["c"] |= 8
	m["c"] &^= 1
	m["c"] ^= 3
	fmt.Println(m)
	g := func() int { m["a"] = 100; return 1 }
	m["a"] += g() // g runs first: 100 + 1
	fmt.Println(m["a"])
	fm := map[int]float64{}
	fm[1] += 0.5
	fm[1] /= 4
	fm[2]--
	fmt.Println(fm)
	sm := map[int]string{}
	sm[1] += "x"
	sm[1] += "yz"
	fmt.Println(sm)
	type key struct{ a, b int }
	km := map[key]int{}
	km[key{1, 2}] += 5
	km[key{1, 2}]++
	fmt.Println(km)
	var u8 map[int]uint8 = map[int]uint8{}
	u8[0] += 250
	u8[0] += 10
	fmt.Println(u8)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nm map[string]int
	calls := 0
	h := func() int { calls++; return 1 }
	defer func() { fmt.Println("calls:", calls) }()
	nm["x"] += h()
}
