package main

// []rune(s) that does not escape: Go's [32]rune stack buffer (cap 32, also
// when empty), a constant's exact capacity, a longer one on the heap.

import "fmt"

func main() {
	x := ""
	if len(fmt.Sprint()) > 100 {
		x = "zz"
	}
	e := []rune(x)
	fmt.Println(len(e), cap(e), e == nil)
	s := "héllo"
	r := []rune(s)
	r = r[:cap(r)]
	fmt.Println(r[31], len(r))
	c := []rune("héllo")
	fmt.Println(len(c), cap(c))
	long := "abcdefghijklmnopqrstuvwxyz0123456"
	r2 := []rune(long)
	fmt.Println(len(r2), cap(r2))
}
