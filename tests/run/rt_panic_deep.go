package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding", n)
	if n == 0 {
		var arr []string
		fmt.Println(arr[n+2])
	}
	level(n - 1)
}

func main() {
	level(4)
}
