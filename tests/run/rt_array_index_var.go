package main

import "fmt"

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	idx := []int{4, 0, 2, -1}
	for _, i := range idx {
		fmt.Println(a[i])
	}
}
