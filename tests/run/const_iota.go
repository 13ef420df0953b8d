package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x = "str"
	y
	z = iota
	w
)

const (
	FlagA uint8 = 1 << iota
	FlagB
	FlagC
	FlagD
)

const Huge = 1 << 100
const Third = 1.0 / 3
const typed int64 = 5
const big = Huge >> 98

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func main() {
	fmt.Println(Sunday, Wednesday, Saturday, Friday.Weekend(), Saturday.Weekend())
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%.0f %T\n", GB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC, FlagD&^FlagD)
	fmt.Println(big, Huge/(1<<99), Third, Third*3 == 1)
	fmt.Printf("%T %v\n", typed, typed*2)
	const local = 'a' + 1
	fmt.Println(local, string(rune(local)))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'a', "s")
	var f32 float32 = Third
	var i8 int8 = big * 31
	fmt.Println(f32, i8)
	const mask = ^uint32(0)
	fmt.Println(mask, mask>>16)
	const s = "const" + "ant"
	fmt.Println(s, len(s), s[2])
	fmt.Println(1<<10-1, 7/2, 7/2.0, -7/2, 7%3, 1e3)
	const bigf = 1e300 * 1e300 / 1e300
	fmt.Println(bigf)
}
