package main

import "fmt"

func window(s []string, lo, hi int) []string {
	return s[lo:hi]
}

func main() {
	s := []string{"a", "b", "c", "d"}
	fmt.Println(window(s, 1, 3))
	fmt.Println(window(s, 0, 4))
	fmt.Println(window(s[:2], 0, 4)) // within capacity: fine
	fmt.Println(window(s, 3, 2))
}
