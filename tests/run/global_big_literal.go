// Package variables initialized by large array and struct literals are
// built in place (a literal bigger than a goroutine stack must not pass
// through registers), nested literals included.
package main

import "fmt"

type Cell struct {
	Alive bool
	Score [4]int
}

var test = [16 * 1024 * 1024]byte{42, 7: 9}
var grid = [1100][1100]int{{1, 2}, 1099: {1098: 5}}
var board = struct {
	Name  string
	Cells [2][150000]Cell
}{Name: "board", Cells: [2][150000]Cell{1: {149999: {true, [4]int{1, 2, 3, 4}}}}}
var small = [3]string{"a", "b", "c"}

type P struct{ X, Y int }

var pts = [2]P{{1, 2}, {Y: 4}}
var ptrs = [2]*P{{5, 6}, nil}

func main() {
	fmt.Println(test[0], test[7], test[8], len(test))
	fmt.Println(grid[0][0], grid[0][1], grid[1099][1098], grid[500][500])
	c := board.Cells[1][149999]
	fmt.Println(board.Name, c.Alive, c.Score, board.Cells[0][0].Alive)
	fmt.Println(small, pts, *ptrs[0], ptrs[1] == nil)
	local := [2][3]int{{1, 2, 3}, {4}}
	lp := &[2]P{{7, 8}}
	fmt.Println(local, *lp)
}
