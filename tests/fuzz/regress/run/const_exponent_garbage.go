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
const fl = 1eÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ3
const r =`'x' - 'a'
const strLen = len("constant string")
const b = true && !false

type Bits uint8

const (
	B0 Bits = = 1 << 200
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
