package main

import "fmt"

func main() {
	x := iota
	fmt.Println(x)
}
