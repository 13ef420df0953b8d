package main

import "fmt"

type Grid [3][3]byte

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "\n"
	}
	return s
}

func (g *Grid) Set(r, c int, v byte) { g[r][c] = v }

func fill(a [4]int) [4]int {
	for i := range a {
		a[i] = i * i
	}
	return a
}

func winner(g Grid) byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b, c := g[l[0][0]][l[0][1]], g[l[1][0]][l[1][1]], g[l[2][0]][l[2][1]]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return '-'
}

func main() {
	var a [4]int
	b := fill(a)
	fmt.Println(a, b, a == b, len(b))
	c := b
	c[0] = 42
	fmt.Println(b[0], c[0], b != c)
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	moves := [][3]int{{1, 1, 'X'}, {0, 0, 'O'}, {0, 2, 'X'}, {2, 0, 'O'}, {1, 0, 'X'}, {1, 2, 'O'}, {2, 2, 'X'}, {0, 1, 'O'}, {2, 1, 'X'}}
	for i, m := range moves {
		g.Set(m[0], m[1], byte(m[2]))
		if w := winner(g); w != '-' {
			fmt.Printf("after %d moves: %c\n", i+1, w)
			break
		}
	}
	fmt.Print(g)
	snapshot := g
	g.Set(0, 0, '#')
	fmt.Println(string(snapshot[0][:]), string(g[0][:]))
	arr := [...]string{2: "c", 0: "a", 4: "e"}
	fmt.Printf("%q %d\n", arr, len(arr))
	for i, v := range arr {
		if v == "" {
			arr[i] = "-"
		}
	}
	fmt.Println(arr)
	type pair [2]int
	set := map[pair]bool{{1, 2}: true}
	fmt.Println(set[pair{1, 2}], set[pair{2, 1}])
	ptr := &b
	ptr[1] = 111
	for i, v := range ptr {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	rng := [3]int{1, 2, 3}
	for i, v := range rng {
		rng[2] = 100
		if i == 2 {
			fmt.Println("range copy sees", v)
		}
	}
	sl := rng[:]
	for i, v := range sl {
		sl[2] = 200
		if i == 2 {
			fmt.Println("slice range sees", v)
		}
	}
}
