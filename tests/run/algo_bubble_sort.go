package main

import "fmt"

func bubble(a []int) int {
	swaps := 0
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
			}
		}
	}
	return swaps
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func selection(a []float64) {
	for i := range a {
		min := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[min] {
				min = j
			}
		}
		a[i], a[min] = a[min], a[i]
	}
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	n := bubble(a)
	fmt.Println(a, "swaps:", n)
	s := []string{"pear", "apple", "fig", "banana", "Cherry", "apple"}
	insertion(s)
	fmt.Println(s)
	f := []float64{3.5, -1.25, 2, 1e3, 0.001, -7}
	selection(f)
	fmt.Println(f)
	var empty []int
	fmt.Println(bubble(empty), empty, len(empty))
}
