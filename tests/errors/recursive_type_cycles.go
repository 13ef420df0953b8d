package main

type A B
type B A

type C D
type D struct{ x C }

type E struct{ n *F }
type F E

func main() {
	var e E
	_ = e.n
}
