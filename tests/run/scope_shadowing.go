package main

import "fmt"

var x = 10

func get() int { return x }

func main() {
	fmt.Println(x, get())
	x := 20
	fmt.Println(x, get())
	{
		x := 30
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if x", x)
		x := "shadowed string"
		fmt.Println(x)
	} else {
		fmt.Println("else x", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("loop x", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		fmt.Println("inner err", err)
	}
	fmt.Println("outer err", err)
	a, b := 1, 2
	b, c := 3, 4 // b reused, c new
	fmt.Println(a, b, c)
	len := func(s string) int { return 42 }
	println2(len("abc"))
	type int32 string
	var s int32 = "defined type shadowing builtin"
	println2(s)
	true := false
	println2(true)
	nil := 7
	println2(nil)
}

func println2(v interface{}) { fmt.Println(v) }
