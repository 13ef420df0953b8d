package main

func main() {
	_ = true + false
}
