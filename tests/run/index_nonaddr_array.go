// Indexing arrays that are not addressable with a variable index: map
// elements, call results, fields of map elements; bounds still checked.
package main

import "fmt"

type Board [3][3]byte

type Player struct {
	Name   string
	Scores [4]int
}

func row(i int) [3]int { return [3]int{i, i * 10, i * 100} }

func (b Board) Row(i int) [3]byte { return b[i] }

func main() {
	ma := map[string][3]int{"a": {1, 2, 3}, "b": {4, 5, 6}}
	sum := 0
	for _, k := range []string{"a", "b", "missing"} {
		for j := 0; j < 3; j++ {
			sum += ma[k][j]
		}
	}
	fmt.Println(sum)
	for i := 0; i < 3; i++ {
		j := 2 - i
		fmt.Print(row(i)[j], " ")
	}
	fmt.Println()
	players := map[int]Player{1: {"ann", [4]int{9, 8, 7, 6}}}
	for i := 0; i < 4; i++ {
		fmt.Print(players[1].Scores[i], players[2].Scores[i], " ")
	}
	fmt.Println()
	var b Board
	b[1] = [3]byte{'x', 'o', 'x'}
	mb := map[bool]Board{true: b}
	for i := 0; i < 3; i++ {
		fmt.Printf("%c", mb[true][1][i])
		fmt.Printf("%c", b.Row(1)[i])
	}
	fmt.Println()
	grid := map[[2]int][2]string{{0, 1}: {"x", "y"}}
	k := [2]int{0, 1}
	idx := 1
	fmt.Println(grid[k][idx], len(grid[k][0]))
	defer func() { fmt.Println("recovered:", recover()) }()
	n := 3
	fmt.Println(ma["a"][n])
}
