// goto and labeled loops: a backward goto forms a loop for the analysis.
package main

func gotoLoop(n int) int {
	var p *int
	i := 0
again:
	v := i // ERROR "moved to heap: v$"
	p = &v
	i++
	if i < n {
		goto again
	}
	return *p
}

func labeled(grid [][]int) int { // ERROR "grid does not escape$"
	found := 0
outer:
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] < 0 {
				continue outer
			}
			if grid[i][j] > 100 {
				break outer
			}
			found++
		}
	}
	return found
}

func main() {
	println(gotoLoop(3), labeled([][]int{{1, 2}, {-1, 3}})) // ERROR "\[\]\[\]int{...} does not escape$" "\[\]int{...} does not escape$"
}
