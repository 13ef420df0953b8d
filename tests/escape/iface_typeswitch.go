// Type switches and assertions read the interface without making it escape.
package main

type Num struct{ v int }

func describe(x interface{}) int { // ERROR "x does not escape$"
	switch t := x.(type) {
	case int:
		return t
	case *Num:
		return t.v
	case string:
		return len(t)
	}
	return -1
}

func assertPtr(x interface{}) *Num { // ERROR "leaking param: x to result ~r0 level=0$"
	if n, ok := x.(*Num); ok {
		return n
	}
	return nil
}

func main() {
	a := describe(5)       // ERROR "5 does not escape$"
	b := describe(&Num{6}) // ERROR "&Num{...} does not escape$"
	c := describe("seven") // ERROR ".seven. does not escape$"
	n := &Num{8}           // ERROR "&Num{...} does not escape$"
	println(a, b, c, assertPtr(n).v)
}
