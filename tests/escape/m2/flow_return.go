// -m=2: flows from a new(T) to the result and from a parameter to the heap.
package main

type T struct{ s string }

var g *T

func mk(s string) *T { // ERROR "flow: {heap} = s:$" "from t.s = s \(assign\) at flow_return.go:10:6$" "leaking param: s$" "parameter s leaks to {heap} with derefs=0:$"
	t := new(T) // ERROR "flow: t = &{storage for new\(T\)}:$" "flow: ~r0 = t:$" "from new\(T\) \(spill\) at flow_return.go:9:10$" "from return t \(return\) at flow_return.go:11:2$" "from t := new\(T\) \(assign\) at flow_return.go:9:4$" "new\(T\) escapes to heap$" "new\(T\) escapes to heap:$"
	t.s = s
	return t
}

func keep(t *T) { // ERROR "flow: {heap} = t:$" "from g = t \(assign\) at flow_return.go:15:4$" "leaking param: t$" "parameter t leaks to {heap} with derefs=0:$"
	g = t
}

func main() {
	keep(mk("x"))
	println(g.s)
}
