// if s[i] / if !s[i] on a []bool: one instruction that checks the bounds
// and branches; Go's index panic when out of range.
package main

import "fmt"

type Flag bool
type Flags []Flag

func main() {
	s := []bool{true, false, true}
	n := 0
	fs := Flags{false, true}
	if fs[1] {
		n--
	}

	for i := range s {
		if s[i] {
			n += 1
		}
		if !s[i] && i > 0 {
			n += 10
		}
		if i < len(fs) && bool(fs[i]) || s[i] {
			n += 100
		}
	}
	fmt.Println(n)
	defer func() { fmt.Println(recover()) }()
	j := -1
	if s[3+j] {
		fmt.Println("in range")
	}
	if !s[len(s)+j+1] {
		fmt.Println("unreachable")
	}
}
