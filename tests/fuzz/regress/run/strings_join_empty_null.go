package main

import "strings"

func main() {
	var empty string
	println(strings.Join([]string{empty, "a", empty}, empty))
	println(strings.Join([]string{empty, empty}, ","))
	println(strings.Repeat(empty, 5))
}
