// append to a slice of zero-size elements: Go allocates nothing and the
// capacity is exactly the length asked for; near the largest int the
// growth formula wraps as Go's does.
package main

import "fmt"

type T struct{}

func main() {
	s := make([]T, 300)
	s = append(s, T{})
	a := make([]T, 3)
	a = append(a, T{}, T{})
	var b []T
	for i := 0; i < 5; i++ {
		b = append(b, T{})
		fmt.Print(cap(b), " ")
	}
	var e [][0]int
	e = append(e, [0]int{}, [0]int{})
	fmt.Println(cap(s), cap(a), cap(e))
	huge := make([]T, int(^uint(5)>>1))
	huge = append(huge, T{}, T{})
	fmt.Println(len(huge) == int(^uint(0)>>1), cap(huge) == len(huge))
	defer func() { fmt.Println(recover()) }()
	huge = append(huge, T{})
}
