package main

func main() {
	f := func() rune { return 1 }
	var s string = f()
	_ = s
}
