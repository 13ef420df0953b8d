package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		os.Exit(n + 4)
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
}
