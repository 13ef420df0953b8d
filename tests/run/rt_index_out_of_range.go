package main

import "fmt"

func sum(s []int, n int) int {
	t := 0
	for i := 0; i <= n; i++ {
		t += s[i]
	}
	return t
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(sum(s, 1))
	fmt.Println(sum(s, 2))
	fmt.Println("about to fail")
	fmt.Println(sum(s, 5))
	fmt.Println("unreachable")
}
