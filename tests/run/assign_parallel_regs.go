package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	a, b = a+b, a
	fmt.Println(a, b)
	a, b = b*2, a-b
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	x, y = y+x*x, -x
	fmt.Println(x, y)
	f1, f2 := 0.5, 1.5
	f1, f2 = f2*f1+1, f1
	fmt.Println(f1, f2)
	var u8 uint8 = 250
	var v8 uint8 = 10
	u8, v8 = u8+v8, u8-v8
	fmt.Println(u8, v8)
}
