package main

import (
	"fmt"
	"math"
)

type Duration int64
type Name string

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

const greeting Name = "hello"
const pi2 = math.Pi * 2
const bigShift = 1 << 62
const fl = 1e3
const r = 'x' - 'a'
const strLen = len("constant string")
const b = true && !false

type Bits uint8

const (
	B0 Bits = 1 << iota
	B1
	B2
	B7 Bits = 1 << 7
)

func main() {
	fmt.Println(Second, Millisecond*1500, Second/Microsecond)
	fmt.Printf("%T %T %v\n", Second, greeting, greeting+" world")
	fmt.Println(pi2, bigShift, fl, int(fl), r, strLen, b)
	var i8 int8 = fl / 10
	var u16 uint16 = bigShift >> 50
	var f32 float32 = pi2
	fmt.Println(i8, u16, f32)
	fmt.Println(B0|B1|B2, B7, ^B0, B7>>7)
	fmt.Printf("%08b %T\n", B0|B7, B1)
	const huge = 1 << 200
	fmt.Println(huge>>195, huge/(1<<190), float64(huge))
	const third = 1.0 / 3.0
	fmt.Println(third*3 == 1, float32(third))
	x := 10
	fmt.Println(x/3, x/3.0 == 3, float64(x)/3)
	const c1 = 7 / 2
	const c2 = 7 / 2.0
	fmt.Println(c1, c2)
	var d Duration = 90 * Second
	fmt.Println(d/Second, d%Second == 0, int64(d))
	fmt.Println(len(greeting), greeting[1], string(greeting[1:3]))
	fmt.Println(math.MaxUint8, math.MaxInt8+1, -math.MinInt16)
}
