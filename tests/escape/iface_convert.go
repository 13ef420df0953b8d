// Converting non-pointer values to interfaces allocates unless the interface
// does not escape; pointers and zero-sized values need no allocation.
package main

var sink interface{}

type Pair struct{ a, b int }

func toSink(v int) {
	sink = v // ERROR "v escapes to heap$"
}

func toSinkPair(p Pair) {
	sink = p // ERROR "p escapes to heap$"
}

func toSinkPtr(p *Pair) { // ERROR "leaking param: p$"
	sink = p
}

func toSinkStr(s string) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func localIface(v int) int {
	var i interface{} = v // ERROR "v does not escape$"
	if n, ok := i.(int); ok {
		return n
	}
	return 0
}

func constToSink() {
	sink = 12345   // ERROR "12345 escapes to heap$"
	sink = "const" // ERROR ".const. escapes to heap$"
}

func main() {
	toSink(1)
	toSinkPair(Pair{1, 2})
	toSinkPtr(&Pair{3, 4}) // ERROR "&Pair{...} escapes to heap$"
	toSinkStr("x")
	constToSink()
	println(localIface(8))
}
