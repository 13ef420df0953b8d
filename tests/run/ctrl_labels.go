package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 8))
	fmt.Println(findPair(grid, 6))
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 15:
			break loop
		}
		count += i
	}
	fmt.Println("count", count)
	i := 0
again:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto again
	}
	fmt.Println()
	n := 0
	for {
		n++
		if n == 3 {
			goto done
		}
	}
done:
	fmt.Println("n", n)
	var hits []string
rows:
	for r := 0; r < 4; r++ {
	cols:
		for c := 0; c < 4; c++ {
			switch {
			case c > r:
				continue rows
			case r == 3 && c == 1:
				break rows
			case c == 2:
				break cols
			}
			hits = append(hits, fmt.Sprintf("%d%d", r, c))
		}
		hits = append(hits, "|")
	}
	fmt.Println(hits)
	sel := 0
	for k := 0; k < 3; k++ {
		switch k {
		case 1:
			break
		default:
			sel += 10
		}
		sel++
	}
	fmt.Println(sel)
}
