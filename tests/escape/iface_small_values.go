// Interface conversions of small values: Go avoids some allocations at run
// time (zero values, single bytes, constants), but -m reports every
// conversion site the same way.
package main

var sink interface{}

type Empty struct{}

func convBool(b bool)       { sink = b } // ERROR "b escapes to heap$"
func convByte(c byte)       { sink = c } // ERROR "c escapes to heap$"
func convEmpty(e Empty)     { sink = e } // ERROR "e escapes to heap$"
func convFloat(f float64)   { sink = f } // ERROR "f escapes to heap$"
func convSlice(s []int)     { sink = s } // ERROR "leaking param: s$" "s escapes to heap$"
func convArr(a [2]int)      { sink = a } // ERROR "a escapes to heap$"
func convMap(m map[int]int) { sink = m } // ERROR "leaking param: m$"
func convFunc(f func())     { sink = f } // ERROR "leaking param: f$"
func convChan(c chan int)   { sink = c } // ERROR "leaking param: c$"

func main() {
	convBool(true)
	convByte('x')
	convEmpty(Empty{})
	convFloat(1.5)
	convSlice([]int{1}) // ERROR "\[\]int{...} escapes to heap$"
	convArr([2]int{1, 2})
	convMap(map[int]int{}) // ERROR "map\[int\]int{} escapes to heap$"
	convFunc(func() {})    // ERROR "func literal escapes to heap$"
	convChan(make(chan int))
	println(sink != nil)
}
