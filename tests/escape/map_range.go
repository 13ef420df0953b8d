// Ranging over a map and deleting from it.
package main

func sumValues(m map[string]int) int { // ERROR "m does not escape$"
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func keys(m map[string]int) []string { // ERROR "m does not escape$"
	ks := make([]string, 0, len(m)) // ERROR "make\(\[\]string, 0, len\(m\)\) escapes to heap$"
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func prune(m map[string]int, lim int) { // ERROR "m does not escape$"
	for k, v := range m {
		if v > lim {
			delete(m, k)
		}
	}
}

func main() {
	m := map[string]int{"x": 1, "y": 5} // ERROR "map\[string\]int{...} does not escape$"
	prune(m, 3)
	println(sumValues(m), len(keys(m)))
}
