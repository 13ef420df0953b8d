package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func find(matrix [][]int, target int) (r, c int) {
	for r = range matrix {
		for c = range matrix[r] {
			if matrix[r][c] == target {
				goto found
			}
		}
	}
	return -1, -1
found:
	return
}

func main() {
	fmt.Println(gcd(1071, 462), gcd(17, 0))
	m := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(m, 4))
	fmt.Println(find(m, 7))
	i := 0
	var out []int
top:
	if i%3 == 0 {
		i++
		goto top
	}
	out = append(out, i)
	i++
	if i < 12 {
		goto top
	}
	fmt.Println(out)
	n := 5
	fact := 1
retry:
	fact *= n
	n--
	if n > 1 {
		goto retry
	}
	fmt.Println(fact)
	{
		goto skip
	}
skip:
	fmt.Println("skipped block end")
}
