package main

func main() {
	s := []int{1}
	for a, b, c := range s {
		_, _, _ = a, b, c
	}
}
