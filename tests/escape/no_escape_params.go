// Parameters that are only read or compared do not escape.
package main

type Vec struct{ X, Y, Z float64 }

func dot(a, b *Vec) float64 { // ERROR "a does not escape$" "b does not escape$"
	return a.X*b.X + a.Y*b.Y + a.Z*b.Z
}

func scale(v *Vec, k float64) { // ERROR "v does not escape$"
	v.X *= k
	v.Y *= k
	v.Z *= k
}

func same(a, b *Vec) bool { // ERROR "a does not escape$" "b does not escape$"
	return a == b
}

func sum(s []float64) float64 { // ERROR "s does not escape$"
	t := 0.0
	for _, x := range s {
		t += x
	}
	return t
}

func length(s string) int { // ERROR "s does not escape$"
	return len(s)
}

func mapGet(m map[string]int, k string) int { // ERROR "k does not escape$" "m does not escape$"
	return m[k]
}

func main() {
	v := Vec{1, 2, 3}
	w := &Vec{4, 5, 6} // ERROR "&Vec{...} does not escape$"
	scale(&v, 2)
	m := map[string]int{"a": 1}                                                           // ERROR "map\[string\]int{...} does not escape$"
	println(dot(&v, w), same(&v, w), sum([]float64{1, 2}), length("abc"), mapGet(m, "a")) // ERROR "\[\]float64{...} does not escape$"
}
