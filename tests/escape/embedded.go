// Embedded fields and promoted methods.
package main

type Base struct{ id int }

func (b *Base) ID() int     { return b.id } // ERROR "b does not escape$"
func (b *Base) Self() *Base { return b }    // ERROR "leaking param: b to result ~r0 level=0$"

type Derived struct {
	Base
	name string
}

func useDerived() int {
	d := Derived{Base{7}, "d"}
	return d.ID()
}

func selfOf(d *Derived) *Base { // ERROR "leaking param: d to result ~r0 level=0$"
	return d.Self()
}

func newDerived(name string) *Derived { // ERROR "leaking param: name$"
	return &Derived{name: name} // ERROR "&Derived{...} escapes to heap$"
}

func main() {
	d := newDerived("x")
	println(useDerived(), selfOf(d).id)
}
