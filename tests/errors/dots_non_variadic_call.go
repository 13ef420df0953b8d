package main

func f(a []int) {}

func main() {
	xs := []int{1}
	f(xs...)
}
