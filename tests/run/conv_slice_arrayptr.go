// Conversion from a slice to an array pointer (Go 1.17): shares the
// slice's array, panics when the slice is too short, nil stays nil.
package main

import "fmt"

type Int4 [4]int
type PInt4 *[4]int

func conv(s []int) (p *[4]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return (*[4]int)(s), nil
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	p := (*[4]int)(s)
	p[0] = 100
	fmt.Println(s, *p, len(p), &p[0] == &s[0])
	q := (*[2]int)(s[3:])
	q[1] = 50
	fmt.Println(s, *q)
	for i, v := range (*[3]int)(s[1:]) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for _, n := range []int{0, 3, 4, 6} {
		r, err := conv(s[:n])
		if err != nil {
			fmt.Println(n, "error:", err)
			continue
		}
		fmt.Println(n, *r)
	}
	var ns []byte
	fmt.Println((*[0]byte)(ns) == nil, (*[0]byte)(make([]byte, 0)) == nil)
	ii := make([]int, 4)
	pi := (*Int4)(ii)
	pi[2] = 7
	pp := PInt4(ii)
	pp[3] = 9
	fmt.Println(ii, *pi)
	arr := *(*[3]int)(s)
	arr[0] = -1
	fmt.Println(arr, s[0])
	_ = (*[10]int)(s)
}
