package main

import "fmt"

type Cube [3][3][3]int

type Snapshot struct {
	ID    int
	Cells [4]byte
	Tags  []string
}

func rotate(m [3][3]int) [3][3]int {
	var r [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			r[j][2-i] = m[i][j]
		}
	}
	return r
}

func main() {
	var c Cube
	n := 0
	for i := range c {
		for j := range c[i] {
			for k := range c[i][j] {
				c[i][j][k] = n
				n++
			}
		}
	}
	fmt.Println(c[1], c[2][2][2], len(c), len(c[0][0]))
	d := c
	d[0][0][0] = 99
	fmt.Println(c[0][0][0], d[0][0][0], c == d)
	m := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	r := m
	for i := 0; i < 4; i++ {
		r = rotate(r)
		fmt.Println(r)
	}
	fmt.Println(r == m)
	s1 := Snapshot{1, [4]byte{'a', 'b'}, []string{"x"}}
	s2 := s1
	s2.Cells[0] = 'Z' // array copied
	s2.Tags[0] = "shared"
	fmt.Printf("%s %s %v %v\n", s1.Cells[:], s2.Cells[:], s1.Tags, s2.Tags)
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, a := range arrs {
		a[0] = 100
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = 100
	}
	fmt.Println(arrs)
	var board [8][8]rune
	for i := range board {
		for j := range board[i] {
			if (i+j)%2 == 0 {
				board[i][j] = '#'
			} else {
				board[i][j] = '.'
			}
		}
	}
	fmt.Println(string(board[0][:]), string(board[1][:]))
	pa := &board[3]
	pa[0] = 'Q'
	fmt.Println(string(board[3][:]))
	counts := [5]int{}
	for _, v := range []int{1, 3, 3, 4, 1, 1, 0} {
		counts[v]++
	}
	fmt.Println(counts, [5]int{3: 1} == [5]int{0, 0, 0, 1, 0})
}
