package main

func two() (int, int) { return 1, 2 }

func takeOne(x int) {}

func main() {
	takeOne(two())
}
