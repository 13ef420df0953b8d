package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 8

type World [H][W]bool

func (w *World) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if w[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (w World) Step() World {
	var next World
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := w.neighbours(r, c)
			next[r][c] = n == 3 || (w[r][c] && n == 2)
		}
	}
	return next
}

func (w World) String() string {
	var sb strings.Builder
	for _, row := range w {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (w World) Alive() (n int) {
	for _, row := range w {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	var w World
	// a glider and a blinker
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}, {5, 8}, {5, 9}, {5, 10}} {
		w[p[0]][p[1]] = true
	}
	fmt.Print(w)
	for gen := 1; gen <= 4; gen++ {
		w = w.Step()
		fmt.Println("gen", gen, "alive", w.Alive())
	}
	fmt.Print(w)
	for i := 0; i < 44; i++ {
		w = w.Step()
	}
	fmt.Println("gen 48 alive", w.Alive())
	fmt.Print(w)
}
