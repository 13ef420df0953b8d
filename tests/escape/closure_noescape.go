// Func literals called in place or passed to non-escaping parameters do not
// escape; variables they capture stay on the stack.
package main

func apply(f func(int) int, v int) int { // ERROR "f does not escape$"
	return f(v)
}

func each(s []int, f func(int)) { // ERROR "f does not escape$" "s does not escape$"
	for _, v := range s {
		f(v)
	}
}

func direct() int {
	x := 10
	return func() int { return x * 2 }() // ERROR "func literal does not escape$"
}

func passed() int {
	k := 3
	return apply(func(v int) int { return v * k }, 7) // ERROR "func literal does not escape$"
}

func mutates() int {
	total := 0
	each([]int{1, 2, 3}, func(v int) { total += v }) // ERROR "\[\]int{...} does not escape$" "func literal does not escape$"
	return total
}

func localVar() int {
	n := 0
	inc := func() { n++ } // ERROR "func literal does not escape$"
	inc()
	inc()
	return n
}

func main() {
	println(direct(), passed(), mutates(), localVar())
}
