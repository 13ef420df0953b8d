// Levels of indirection in result leaks.
package main

type Inner struct{ v *int }
type Outer struct{ in *Inner }

func level0(o *Outer) *Outer { // ERROR "leaking param: o to result ~r0 level=0$"
	return o
}

func level1(o *Outer) *Inner { // ERROR "leaking param: o to result ~r0 level=1$"
	return o.in
}

func level2(o *Outer) *int { // ERROR "leaking param: o to result ~r0 level=2$"
	return o.in.v
}

func addrOfField(o *Outer) **Inner { // ERROR "leaking param: o to result ~r0 level=0$"
	return &o.in
}

func byValue(o Outer) *Inner { // ERROR "leaking param: o to result ~r0 level=0$"
	return o.in
}

func main() {
	x := 7
	in := &Inner{v: &x} // ERROR "&Inner{...} does not escape$"
	o := &Outer{in: in} // ERROR "&Outer{...} does not escape$"
	a := level0(o)
	b := level1(o)
	c := level2(o)
	d := addrOfField(o)
	e := byValue(*o)
	println(a == o, b == in, *c, *d == in, e == in)
}
