// Variables in the frame whose address is taken (or that closures capture
// by reference): parameters, named results, loop variables, variables
// declared in loop bodies, switch and if headers.
package main

import "fmt"

type pair struct{ a, b int }

func bump(p *int) { *p += 10 }

func params(x int, s string, pr pair) (r int, err error) {
	bump(&x)
	ps := &s
	*ps += "!"
	pp := &pr
	pp.b = x
	defer func() { r += len(s) * 1000 }()
	rp := &r
	*rp = x + pr.b
	return r, err
}

func main() {
	fmt.Println(params(1, "hey", pair{1, 2}))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i * i
		fs = append(fs, func() int { j++; return j })
		bump(&j)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	total := 0
	for k := 0; k < 4; k++ {
		switch v := k * 3; {
		case v > 5:
			p := &v
			*p *= 2
			total += v
		default:
			if w := v + 1; w%2 == 0 {
				q := &w
				bump(q)
				total += w
			}
		}
	}
	fmt.Println(total)
	counter := 0
	inc := func() { counter++ }
	for n := 0; n < 5; n++ {
		inc()
	}
	x, y := 1.5, 2.5
	px := &x
	x, y = y, *px
	fmt.Println(counter, x, y)
}
