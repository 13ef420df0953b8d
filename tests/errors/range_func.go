package main

func main() {
	f := func() {}
	for x := range f {
		_ = x
	}
}
