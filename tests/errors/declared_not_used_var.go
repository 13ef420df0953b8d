package main

import "fmt"

func main() {
	var count int
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
}
