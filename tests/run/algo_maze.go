package main

import (
	"fmt"
	"strings"
)

var maze = []string{
	"###########",
	"#S  #     #",
	"# # # ### #",
	"# #   #   #",
	"# ##### # #",
	"#     # # #",
	"##### # # #",
	"#       #E#",
	"###########",
}

type P struct{ r, c int }

func solve(grid [][]byte, p P, seen map[P]bool) bool {
	if grid[p.r][p.c] == 'E' {
		return true
	}
	if grid[p.r][p.c] == '#' || seen[p] {
		return false
	}
	seen[p] = true
	for _, d := range []P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
		if solve(grid, P{p.r + d.r, p.c + d.c}, seen) {
			if grid[p.r][p.c] == ' ' {
				grid[p.r][p.c] = '.'
			}
			return true
		}
	}
	return false
}

func main() {
	grid := make([][]byte, len(maze))
	var start P
	for r, line := range maze {
		grid[r] = []byte(line)
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = P{r, c}
		}
	}
	seen := map[P]bool{}
	fmt.Println(solve(grid, start, seen), len(seen) > 0)
	steps := 0
	for _, row := range grid {
		fmt.Println(string(row))
		steps += strings.Count(string(row), ".")
	}
	fmt.Println("path length", steps)
	grid[7][9] = '#'
	fmt.Println(solve(grid, start, map[P]bool{}))
}
