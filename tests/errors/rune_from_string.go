package main

func main() {
	var r rune = "a"
	_ = r
}
