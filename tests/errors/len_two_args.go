package main

import "fmt"

func main() {
	a, b := "x", "y"
	fmt.Println(len(a, b))
}
