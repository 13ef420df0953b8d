package main

import (
	"fmt"
	"sort"
)

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("sum", sum)
	lit := map[int]string{1: "a", 2: "b"}
	copyRef := lit
	copyRef[3] = "c"
	fmt.Println(len(lit), lit)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap))
	_, present := nilMap["x"]
	fmt.Println(present)
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println("never", k)
	}
	// delete during iteration is allowed
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i * i
	}
	for k := range big {
		if k%2 == 1 {
			delete(big, k)
		}
	}
	fmt.Println(len(big), big[98], big[99])
	type key struct{ a, b int }
	grid := map[key]string{}
	grid[key{1, 2}] = "x"
	grid[key{2, 1}] = "y"
	fmt.Println(grid[key{1, 2}], grid[key{2, 1}], grid[key{0, 0}] == "", len(grid))
	fm := map[float64]int{}
	fm[0.1+0.2]++
	fm[0.3]++
	fmt.Println(len(fm))
	im := map[interface{}]int{1: 1, "1": 2, 1.0: 3, int8(1): 4}
	fmt.Println(len(im), im[1], im["1"], im[1.0], im[int8(1)], im[int16(1)])
}
