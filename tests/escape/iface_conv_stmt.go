// Positions of implicit interface conversions outside call arguments: Go
// reports them where its noder's base.Pos stood, not at the value — the
// start of an assignment's last left-hand operand, the last non-constant
// operand evaluated for returns, sends, var declarations, append and panic;
// keyed literal elements at their ':'.
package main

var sink interface{}

type S struct{ f, g interface{} }

const K = 7

var gs S
var gm = map[int]interface{}{} // ERROR "map\[int\]interface {}{} escapes to heap$"

func assign(v int)       { sink = v } // ERROR "v escapes to heap$"
func assignField(v int)  { gs.f = v } // ERROR "v escapes to heap$"
func assignIndex(v int)  { gm[v] = v } // ERROR "v escapes to heap$"
func assignConst(v int)  { gm[1] = v } // ERROR "v escapes to heap$"
func assignPair(v, w int) { sink, gs.f = v, w } // ERROR "v escapes to heap$" "w escapes to heap$"
func assignOp(v int)     { sink = v + 1 } // ERROR "v \+ 1 escapes to heap$"
func assignMulti(v int) {
	sink = // ERROR "v escapes to heap$"
		v
}
func varDecl(v int)        { var x interface{} = 5; sink = x; _ = v } // ERROR "5 escapes to heap$"
func varPair(v, w int)     { var x, y interface{} = v, w; sink = x; sink = y } // ERROR "v escapes to heap$" "w escapes to heap$"
func keyed(v int) S        { return S{f: v, g: K} } // ERROR "K escapes to heap$" "v escapes to heap$"
func retPair(v, w int) (interface{}, interface{}) { return v, w } // ERROR "v escapes to heap$" "w escapes to heap$"
func retConst(v int) (interface{}, interface{})   { return K, v } // ERROR "K escapes to heap$" "v escapes to heap$"
func sendConst(ch chan interface{})               { ch <- 5 } // ERROR "5 escapes to heap$" "ch does not escape$"
func sendOp(ch chan interface{}, v int)           { ch <- v + 1 } // ERROR "ch does not escape$" "v \+ 1 escapes to heap$"
func appendTo(v int) []interface{}                { var s []interface{}; s = append(s, v, 4); return s } // ERROR "4 escapes to heap$" "v escapes to heap$"
func panicLit(v int) {
	if v > 100 {
		panic(S{v, v}) // ERROR "S{...} escapes to heap$" "v escapes to heap$"
	}
}

func main() {
	assign(1)
	assignField(2)
	assignIndex(3)
	assignConst(4)
	assignPair(5, 6)
	assignOp(7)
	assignMulti(8)
	varDecl(9)
	varPair(10, 11)
	_ = keyed(12)
	a, b := retPair(13, 14)
	c, d := retConst(15)
	ch := make(chan interface{}, 2)
	sendConst(ch)
	sendOp(ch, 16)
	println(a != nil, b != nil, c != nil, d != nil, len(ch), len(appendTo(17)))
	panicLit(18)
}
