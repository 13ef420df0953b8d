package main

import "fmt"

var solutions int
var first []int

func place(n, row int, cols []int, used, d1, d2 []bool) {
	if row == n {
		solutions++
		if first == nil {
			first = append([]int(nil), cols...)
		}
		return
	}
	for c := 0; c < n; c++ {
		if used[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		used[c], d1[row+c], d2[row-c+n-1] = true, true, true
		cols[row] = c
		place(n, row+1, cols, used, d1, d2)
		used[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
}

func solve(n int) int {
	solutions = 0
	first = nil
	place(n, 0, make([]int, n), make([]bool, n), make([]bool, 2*n), make([]bool, 2*n))
	return solutions
}

func main() {
	for n := 1; n <= 9; n++ {
		fmt.Printf("n=%d solutions=%d\n", n, solve(n))
	}
	solve(8)
	for _, c := range first {
		line := ""
		for i := 0; i < 8; i++ {
			if i == c {
				line += "Q"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
}
