package main

import "fmt"

type tracer struct{ depth int }

func (t *tracer) enter(name string) string {
	fmt.Printf("%*senter %s\n", t.depth*2, "", name)
	t.depth++
	return name
}

func (t *tracer) exit(name string) {
	t.depth--
	fmt.Printf("%*sexit %s\n", t.depth*2, "", name)
}

var tr tracer

func a() {
	defer tr.exit(tr.enter("a"))
	b()
	c(2)
}

func b() {
	defer tr.exit(tr.enter("b"))
}

func c(n int) {
	defer tr.exit(tr.enter(fmt.Sprint("c", n)))
	if n > 0 {
		c(n - 1)
	}
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		defer func() { n += i }()
	}
	return 100
}

func deferMethodValue() {
	type box struct{ v int }
	bx := box{1}
	show := func(b box) { fmt.Println("box", b.v) }
	defer show(bx)
	bx.v = 2
	defer func() { show(bx) }()
	bx.v = 3
}

func main() {
	a()
	fmt.Println(counter())
	deferMethodValue()
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("deferred ", n, "; ") }(i)
	}
	defer fmt.Println()
	fmt.Println("main ends")
}
