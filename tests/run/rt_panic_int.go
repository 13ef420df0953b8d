package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash report")
	fmt.Println("start")
	panic(42)
}
