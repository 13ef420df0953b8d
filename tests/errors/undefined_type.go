package main

import "fmt"

func main() {
	var p Point
	fmt.Println(p)
}
