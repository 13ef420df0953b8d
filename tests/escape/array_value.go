// Arrays are values: copying one does not alias, returning one copies it.
package main

type Grid [4][4]int

func makeGrid() Grid {
	var g Grid
	g[1][2] = 3
	return g
}

func sumGrid(g *Grid) int { // ERROR "g does not escape$"
	t := 0
	for i := range g {
		for j := range g[i] {
			t += g[i][j]
		}
	}
	return t
}

func arrOfPtr() *int {
	x := 1 // ERROR "moved to heap: x$"
	a := [2]*int{&x, nil}
	return a[0]
}

func arrParam(a [3]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1]
}

func main() {
	g := makeGrid()
	y := 2
	println(sumGrid(&g), *arrOfPtr(), *arrParam([3]*int{nil, &y, nil}))
}
