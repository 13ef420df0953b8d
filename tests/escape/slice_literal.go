// Slice literals: the backing array is an implicit allocation.
package main

var keep []int

func local() int {
	s := []int{1, 2, 3, 4} // ERROR "\[\]int{...} does not escape$"
	return s[0] + s[3]
}

func returned() []int {
	return []int{5, 6, 7} // ERROR "\[\]int{...} escapes to heap$"
}

func stored() {
	keep = []int{8, 9} // ERROR "\[\]int{...} escapes to heap$"
}

func ofPointers() int {
	a, b := 1, 2
	s := []*int{&a, &b} // ERROR "\[\]\*int{...} does not escape$"
	return *s[0] + *s[1]
}

func ofStrings() int {
	s := []string{"a", "bb", "ccc"} // ERROR "\[\]string{...} does not escape$"
	n := 0
	for _, x := range s {
		n += len(x)
	}
	return n
}

func main() {
	stored()
	println(local(), returned()[1], keep[0], ofPointers(), ofStrings())
}
