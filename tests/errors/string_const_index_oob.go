package main

func main() {
	_ = "abc"[5]
}
