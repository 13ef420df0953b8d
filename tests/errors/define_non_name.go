package main

type T struct{ b int }

func main() {
	var a T
	a.b := 1
}
