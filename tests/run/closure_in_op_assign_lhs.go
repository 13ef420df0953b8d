package main

import "fmt"

// A function literal inside the left side of x op= y or x++ (here in a map
// key or an index) is one closure: the checker looks at that side once.
func main() {
	m := map[int]int{}
	m[func() int {
		if 0 == func() int { return 0 }() {
			return 249
		}
		return 3
	}()] += 1
	m[func() int {
		x := func() int { return 7 }()
		return x
	}()]++
	q := 2
	a := []int{10, 20, 30}
	a[func() int { return q }()] -= 5
	a[func() int {
		k := func() int { return q - 1 }()
		return k
	}()]--
	fmt.Println(m, a)
	f := func(p int8) {
		m[int(func() int32 {
			if p == 1 {
				return int32(q)
			}
			return int32(p)
		}())%8] += int(p)
	}
	f(1)
	f(5)
	fmt.Println(m)
}
