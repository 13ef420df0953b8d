package main

import "fmt"

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
}

func named() (result int) {
	defer func() { result *= 2 }()
	result = 5
	return result + 1
}

func named2() (s string, err error) {
	defer func() {
		if err != nil {
			s = "recovered: " + s
		}
	}()
	return "value", fmt.Errorf("oops")
}

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := &Res{"a"}
	defer a.Close()
	b := &Res{"b"}
	defer b.Close()
	a = &Res{"a2"} // the deferred call already bound the old a
	fmt.Println("using", a.name, b.name)
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func evalOrder() {
	next := counter()
	defer fmt.Println("args evaluated at defer:", next(), next())
	fmt.Println("body:", next())
}

func main() {
	order()
	fmt.Println()
	args()
	fmt.Println(named())
	fmt.Println(named2())
	useResources()
	evalOrder()
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("end")
}
