// -m=2: implicit &x and embedded steps of method receivers, slices of
// arrays (implicit &a), a range over a slice, partial devirtualization.
package main

type Base struct{ id int }

func (b *Base) Self() *Base { return b } // ERROR "flow: ~r0 = b:$" "from return b \(return\) at flow_receivers.go:7:31$" "leaking param: b to result ~r0 level=0$" "parameter b leaks to ~r0 with derefs=0:$"

type Derived struct {
	Base
	name string
}

func selfOf(d *Derived) *Base { // ERROR "flow: ~r0 = d:$" "from \(\*Base\).Self\(d.Base\) \(call parameter\) at flow_receivers.go:15:15$" "from d.Base \(address-of\) at flow_receivers.go:15:10$" "from d.Base \(dot of pointer\) at flow_receivers.go:15:10$" "from return \(\*Base\).Self\(d.Base\) \(return\) at flow_receivers.go:15:2$" "leaking param: d to result ~r0 level=0$" "parameter d leaks to ~r0 with derefs=0:$"
	return d.Self()
}

func window() []int {
	var a [8]int // ERROR "a escapes to heap:$" "flow: ~r0 = &a:$" "from a \(address-of\) at flow_receivers.go:20:9$" "from a\[2:5\] \(slice\) at flow_receivers.go:20:10$" "from return a\[2:5\] \(return\) at flow_receivers.go:20:2$" "moved to heap: a$"
	return a[2:5]
}

func last(parts []*int) *int { // ERROR "flow: p = \*{temp}:$" "flow: r = p:$" "flow: {temp} = parts:$" "flow: ~r0 = r:$" "from for loop \(range-deref\) at flow_receivers.go:25:14$" "from r = p \(assign\) at flow_receivers.go:26:5$" "from return r \(return\) at flow_receivers.go:28:2$" "leaking param: parts to result ~r0 level=1$" "parameter parts leaks to ~r0 with derefs=1:$"
	var r *int
	for _, p := range parts {
		r = p
	}
	return r
}

type I interface{ M() }
type T struct{ I }

func partial() {
	var i I = T{} // ERROR "T{} does not escape$"
	i.M() // ERROR "partially devirtualizing i.M to T$"
}

func main() {
	d := &Derived{} // ERROR "&Derived{} does not escape$"
	println(selfOf(d) != nil, len(window()), last(nil) == nil)
	defer func() { recover() }() // ERROR "func literal does not escape$"
	partial()
}
