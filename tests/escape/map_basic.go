// Maps: make(map) and map literals are allocations; a map that does not
// escape may live on the stack (its first bucket too).
package main

var gm map[string]int

func localMap() int {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape$"
	m[1] = 2
	return m[1]
}

func localLit() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int{...} does not escape$"
	return m["a"] + m["b"]
}

func returnMap() map[int]bool {
	return make(map[int]bool) // ERROR "make\(map\[int\]bool\) escapes to heap$"
}

func globalMap() {
	gm = map[string]int{} // ERROR "map\[string\]int{} escapes to heap$"
}

func sizedMap(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape$"
	m[0] = n
	return len(m)
}

func bigHint() int {
	m := make(map[int]int, 100) // ERROR "make\(map\[int\]int, 100\) does not escape$"
	m[0] = 1
	return len(m)
}

func main() {
	globalMap()
	println(localMap(), localLit(), len(returnMap()), sizedMap(3), bigHint(), len(gm))
}
