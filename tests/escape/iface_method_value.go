// Method values of interface values, and of embedded interfaces.
package main

type Greeter interface{ Greet() string }

type En struct{ name string }

func (e En) Greet() string { return "hi " + e.name } // ERROR ".hi . \+ e.name escapes to heap$" "e does not escape$"

var saved func() string

func bindLocal(g Greeter) int { // ERROR "leaking param: g$"
	f := g.Greet // ERROR "g.Greet does not escape$"
	return len(f())
}

func bindSave(g Greeter) { // ERROR "leaking param: g$"
	saved = g.Greet // ERROR "g.Greet escapes to heap$"
}

func main() {
	var g Greeter = En{"bob"} // ERROR "En{...} escapes to heap$"
	println(bindLocal(g))
	bindSave(En{"amy"}) // ERROR "En{...} escapes to heap$"
	println(saved())
}
