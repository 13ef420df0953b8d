// Method expressions are plain functions: no receiver is bound.
package main

type Acc struct{ total int }

func (a *Acc) Add(v int) { a.total += v } // ERROR "a does not escape$"
func (a Acc) Twice() int { return a.total * 2 }

func viaExpr() int {
	a := Acc{}
	add := (*Acc).Add
	add(&a, 3)
	tw := Acc.Twice
	return tw(a)
}

func main() {
	println(viaExpr())
}
