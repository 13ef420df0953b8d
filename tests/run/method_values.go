package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Get() int       { return a.total }

type Greeter string

func (g Greeter) Greet(name string) string { return string(g) + ", " + name }

func apply(f func(int) int, xs ...int) []int {
	out := []int{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	a := &Acc{}
	add := a.Add // method value bound to a
	fmt.Println(apply(add, 1, 2, 3, 4))
	fmt.Println(a.total)

	v := Acc{10}
	get := v.Get // receiver copied now
	v.total = 99
	fmt.Println(get(), v.Get())

	addExpr := (*Acc).Add // method expression
	fmt.Println(addExpr(a, 100))
	getExpr := Acc.Get
	fmt.Println(getExpr(Acc{7}))
	getPtrExpr := (*Acc).Get
	fmt.Println(getPtrExpr(a))

	hello := Greeter("Hello")
	fs := []func(string) string{hello.Greet, Greeter("Hi").Greet}
	for _, f := range fs {
		fmt.Println(f("Gopher"))
	}
	fmt.Println(Greeter.Greet("Bye", "all"))
	fmt.Printf("%T\n%T\n%T\n", add, addExpr, Greeter.Greet)

	var fns []func() int
	for i := 0; i < 3; i++ {
		acc := Acc{i * 10}
		fns = append(fns, acc.Get)
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
