package main

import "fmt"

func main() {
	// Go 1.19's growth: double while small, then ~1.25x with a smooth
	// transition, rounded up to a size class.
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()
	type big struct{ a, b, c int64 }
	var bs []big
	last = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, big{})
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	var strs []string
	last = -1
	for i := 0; i < 600; i++ {
		strs = append(strs, "")
		if cap(strs) != last {
			fmt.Print(cap(strs), " ")
			last = cap(strs)
		}
	}
	fmt.Println()
	// appending many at once
	x := append([]int{}, 1, 2, 3)
	fmt.Println(len(x), cap(x))
	x = append(x, 4, 5, 6, 7, 8)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(y), cap(y))
	z := append(make([]int, 5, 5), make([]int, 7)...)
	fmt.Println(len(z), cap(z))
	w := append([]byte("hello"), " world"...)
	fmt.Println(string(w), len(w), cap(w))
	u := make([]int32, 0, 3)
	u = append(u, 1, 2, 3, 4)
	fmt.Println(u, len(u), cap(u))
}
