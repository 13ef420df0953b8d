package main

func main() {
	p := &1
	_ = p
}
