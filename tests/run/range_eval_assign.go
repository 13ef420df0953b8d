// Range loops: the range expression is evaluated when len is not
// constant (calls, receives), not otherwise; key and value assigned as in
// an assignment statement (left operands first, converted to interfaces).
package main

import "fmt"

var nmake int

func makearray() [5]int {
	nmake++
	return [5]int{1, 2, 3, 4, 5}
}

type grid struct{ cells [3][4]int }

func (g *grid) row(i int) [4]int { nmake++; return g.cells[i] }

func main() {
	s := 0
	for i := range makearray() {
		s += i
	}
	n := 0
	for range makearray() {
		n++
	}
	for _, v := range makearray() {
		s += v
	}
	fmt.Println(s, n, nmake)

	var p *[3]int
	for i := range *p {
		fmt.Print(i, " ")
	}
	fmt.Println("nil array pointer, constant length")
	ch := make(chan [2]string, 1)
	ch <- [2]string{"a", "b"}
	for i := range <-ch {
		fmt.Print(i)
	}
	fmt.Println(" received", len(ch))
	g := &grid{}
	for i := range g.row(1) {
		g.cells[1][i] = i * 10
	}
	fmt.Println(g.cells, nmake)

	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)
	m := map[int]string{}
	k := 7
	for k, m[k] = range []string{"a", "b"} {
	}
	fmt.Println(k, m)

	var a, b interface{}
	for a, b = range []float64{1.5, 2.5} {
	}
	fmt.Println(a, b)
	for a, b = range map[string]bool{"t": true} {
	}
	fmt.Println(a, b)
	for a, b = range "hé" {
	}
	fmt.Println(a, b)
	c := make(chan uint8, 2)
	c <- 4
	c <- 5
	close(c)
	for a = range c {
	}
	fmt.Printf("%v %T\n", a, a)
	var e error
	var st fmt.Stringer
	for _, st = range []fmt.Stringer{nil} {
	}
	fmt.Println(e, st)
}
