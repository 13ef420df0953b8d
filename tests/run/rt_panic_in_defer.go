package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred still runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}
