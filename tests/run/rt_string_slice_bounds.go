package main

import (
	"fmt"
	"strings"
)

func field(s string, from, to int) string { return s[from:to] }

func main() {
	s := "hello, world"
	i := strings.Index(s, ",")
	fmt.Println(field(s, 0, i), field(s, i+2, len(s)))
	j := strings.Index(s, "!")
	fmt.Println(j)
	fmt.Println(field(s, 0, j))
}
