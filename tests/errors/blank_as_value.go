package main

import "fmt"

func main() {
	_ = 1
	x := _
	fmt.Println(x)
}
