package main

import "fmt"

func main() {
	// Go 1.19: a for-loop variable is one variable for the whole loop, so
	// every closure sees its final value.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// the usual fix: a fresh variable per iteration
	var hs []func() int
	for i := 0; i < 3; i++ {
		i := i
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// passing as an argument also copies
	var ks []func() int
	for i := 0; i < 3; i++ {
		ks = append(ks, func(v int) func() int { return func() int { return v } }(i))
	}
	for _, k := range ks {
		fmt.Print(k(), " ")
	}
	fmt.Println()

	// pointers to the loop variable all alias
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])

	var qs []*string
	for _, v := range []string{"x", "y"} {
		qs = append(qs, &v)
	}
	fmt.Println(*qs[0], *qs[1])

	// closures modify the shared loop variable
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		fmt.Print(i, " ")
	}
	fmt.Println()
	m := map[string]int{"only": 1}
	var mf []func() string
	for k, v := range m {
		mf = append(mf, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(mf[0]())
}
