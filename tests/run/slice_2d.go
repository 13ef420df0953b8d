package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bot, left, right := 0, n-1, 0, n-1
	k := 1
	for top <= bot && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = k
			k++
		}
		top++
		for r := top; r <= bot; r++ {
			m[r][right] = k
			k++
		}
		right--
		for c := right; c >= left && top <= bot; c-- {
			m[bot][c] = k
			k++
		}
		bot--
		for r := bot; r >= top && left <= right; r-- {
			m[r][left] = k
			k++
		}
		left++
	}
	return m
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for j := range t {
		t[j] = make([]int, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	for _, row := range pascal(8) {
		fmt.Printf("%*s%v\n", 8-len(row), "", row)
	}
	for _, row := range spiral(5) {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	fmt.Println(transpose([][]int{{1, 2, 3}, {4, 5, 6}}), transpose(nil))
	jag := [][]string{{"a"}, {}, {"b", "c", "d"}}
	jag[1] = append(jag[1], "x")
	jag = append(jag, jag[2][1:])
	jag[3][0] = "C"
	fmt.Println(jag, len(jag), cap(jag[3]))
	// a flat backing array shared by row slices
	flat := make([]int, 12)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = flat[i*4 : (i+1)*4]
	}
	grid[1][2] = 7
	grid[2][3] = 9
	fmt.Println(flat, grid)
	grid[0] = append(grid[0], 42) // overwrites grid[1][0]
	fmt.Println(grid[1][0], len(grid[0]))
}
