package main

// fuzz_compile found: a struct embedding itself recursed forever in the
// type layout instead of being reported as an invalid recursive type.
type Animal struct {
	Animal
	Breed string
}

func main() {
	var a Animal
	_ = a
}
