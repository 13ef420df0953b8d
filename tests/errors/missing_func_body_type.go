package main

import "fmt"

func main() {
	var f func(int) int = func(s string) int { return len(s) }
	fmt.Println(f(1))
}
