package main

func main() {
	var m map[func()]int
	_ = m
}
