package main

type S struct{ b byte }

func main() {
	_ = S{b: "x"}
}
