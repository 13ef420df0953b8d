// s[lo:hi] where lo and hi are variables in adjacent registers (gosub
// passes them to the slice instruction without copies), constants, calls
// and mixed types, on strings, slices and arrays, and the bound errors.
package main

import "fmt"

var calls int

func next(i int) int {
	calls++
	return i + 1
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	s := "hello, world"
	start, i := 0, 0
	var words []string
	for ; i < len(s); i++ {
		if s[i] == ' ' || s[i] == ',' {
			if i > start {
				words = append(words, s[start:i])
			}
			start = i + 1
		}
	}
	words = append(words, s[start:i])
	fmt.Println(words, len(words))

	xs := []int{0, 1, 2, 3, 4, 5, 6, 7}
	lo, hi := 2, 5
	fmt.Println(xs[lo:hi], xs[hi:lo+6], xs[1:next(3)], xs[next(lo):next(hi)], calls)
	var a [6]byte
	b, e := uint8(1), uint8(4)
	copy(a[:], "abcdef")
	fmt.Println(string(a[b:e]), s[b:e], s[int(b):7])

	try(func() { fmt.Println(s[hi:lo]) })
	try(func() { fmt.Println(xs[lo : hi+10]) })
	n := -1
	try(func() { fmt.Println(s[n:lo]) })
	try(func() { fmt.Println(s[lo : len(s)+1]) })
}
