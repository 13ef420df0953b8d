package main

func two() (int, int) { return 1, 2 }

func main() {
	var f float32
	*
	two()
	println(f)
}
