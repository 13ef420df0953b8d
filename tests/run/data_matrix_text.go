package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `3 4
1 2 3 4
5 6 7 8
9 10 11 12`

func main() {
	lines := strings.Split(input, "\n")
	dims := strings.Fields(lines[0])
	r, _ := strconv.Atoi(dims[0])
	c, _ := strconv.Atoi(dims[1])
	m := make([][]int, r)
	for i := 0; i < r; i++ {
		for _, f := range strings.Fields(lines[i+1]) {
			v, err := strconv.Atoi(f)
			if err != nil {
				panic(err)
			}
			m[i] = append(m[i], v)
		}
	}
	t := make([][]int, c)
	for j := 0; j < c; j++ {
		t[j] = make([]int, r)
		for i := 0; i < r; i++ {
			t[j][i] = m[i][j]
		}
	}
	for _, row := range t {
		parts := make([]string, len(row))
		for i, v := range row {
			parts[i] = fmt.Sprintf("%3d", v)
		}
		fmt.Println(strings.Join(parts, " "))
	}
	rowSums := make([]int, r)
	colSums := make([]int, c)
	for i := range m {
		for j, v := range m[i] {
			rowSums[i] += v
			colSums[j] += v
		}
	}
	fmt.Println(rowSums, colSums)
	var sb strings.Builder
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			if j > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Itoa(m[i][j] * m[i][j]))
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	fmt.Printf("%q\n", strings.Split(strings.TrimSpace(sb.String()), "\n"))
}
