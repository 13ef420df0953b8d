package main

func f() error {
	return "x"
}

func main() {
	_ = f
}
