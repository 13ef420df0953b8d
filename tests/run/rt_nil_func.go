package main

import "fmt"

var hooks = map[string]func(int) int{
	"double": func(x int) int { return x * 2 },
}

func main() {
	fmt.Println(hooks["double"](21))
	h := hooks["triple"]
	fmt.Println(h == nil)
	fmt.Println(h(1))
}
