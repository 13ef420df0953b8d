// Parameters stored into globals leak to the heap.
package main

var sink *int
var sinkS []int
var sinkStr string

func toGlobal(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func sliceToGlobal(s []int) { // ERROR "leaking param: s$"
	sinkS = s
}

func strToGlobal(s string) { // ERROR "leaking param: s$"
	sinkStr = s
}

func onlyRead(p *int) int { // ERROR "p does not escape$"
	return *p + 1
}

func sliceRead(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	toGlobal(&x)
	y := 2
	println(onlyRead(&y))
	a := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape$"
	println(sliceRead(a))
	b := []int{4, 5} // ERROR "\[\]int{...} escapes to heap$"
	sliceToGlobal(b)
	strToGlobal("hello")
	println(*sink, len(sinkS), sinkStr)
}
