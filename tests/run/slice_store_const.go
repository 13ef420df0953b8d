package main

// Constant stores into slice elements (immediate forms): every element
// type that has one, negative and extreme values, and the bounds check.

import "fmt"

type Flag bool

func main() {
	b := make([]bool, 3)
	u8 := make([]byte, 3)
	i := make([]int, 3)
	i64 := make([]int64, 3)
	u := make([]uint, 3)
	fl := make([]Flag, 2)
	f := make([]float64, 2)
	for k := 0; k < 3; k++ {
		b[k] = true
		u8[k] = 255
		i[k] = -2147483648
		i64[k] = 2147483647
		u[k] = 7
	}
	b[1] = false
	u8[2] = 'x'
	i[1] = -1
	fl[1] = true
	f[0] = 1.5
	const c = 40 + 2
	i64[0] = c
	fmt.Println(b, u8, i, i64, u, fl, f)
	defer func() { fmt.Println("recovered:", recover()) }()
	n := 5
	u8[n] = 1
}
