package main

import "fmt"

func main() {
	s := "12"
	fmt.Println(int(s))
}
