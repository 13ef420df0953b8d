package main

func double(x int) int { return x * 2 }

func main() {
	double(2)
	x := 3
	x == 4
}
