package main

type Animal struct {
	Animal
	Breed string
}

func main() {
	var a Animal
	_ = a
}
