// Zero-sized allocations.
package main

type Nothing struct{}

var sinkN *Nothing

func newNothing() *Nothing {
	return new(Nothing) // ERROR "new\(Nothing\) escapes to heap$"
}

func storeNothing() {
	sinkN = &Nothing{} // ERROR "&Nothing{} escapes to heap$"
}

func zeroArray() *[0]int {
	return new([0]int) // ERROR "new\(\[0\]int\) escapes to heap$"
}

func emptySlice() []int {
	return []int{} // ERROR "\[\]int{} escapes to heap$"
}

func emptyMake() []int {
	return make([]int, 0) // ERROR "make\(\[\]int, 0\) escapes to heap$"
}

func main() {
	storeNothing()
	println(newNothing() != nil, zeroArray() != nil, len(emptySlice()), len(emptyMake()), sinkN != nil)
}
