// Conway's game of life on a small torus: a grid type with methods, a
// generation step, pattern detection by hashing states into a map,
// and rendering with strings.Builder.
package main

import (
	"fmt"
	"strings"
)

const W, H = 16, 10

type Grid [H][W]bool

func (g *Grid) Set(x, y int) { g[(y+H)%H][(x+W)%W] = true }

func (g *Grid) Alive(x, y int) bool { return g[(y+H)%H][(x+W)%W] }

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.Neighbors(x, y)
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func (g *Grid) Population() int {
	p := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func (g *Grid) String() string {
	var b strings.Builder
	b.WriteString("+" + strings.Repeat("-", W) + "+\n")
	for _, row := range g {
		b.WriteByte('|')
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteString("|\n")
	}
	b.WriteString("+" + strings.Repeat("-", W) + "+")
	return b.String()
}

func (g *Grid) Key() string {
	var b strings.Builder
	for y := 0; y < H; y++ {
		var bits uint32
		for x := 0; x < W; x++ {
			if g[y][x] {
				bits |= 1 << uint(x)
			}
		}
		fmt.Fprintf(&b, "%04x", bits)
	}
	return b.String()
}

func place(g *Grid, ox, oy int, pattern []string) {
	for y, line := range pattern {
		for x, ch := range line {
			if ch == 'O' {
				g.Set(ox+x, oy+y)
			}
		}
	}
}

func bounds(g *Grid) (minX, minY, maxX, maxY int) {
	minX, minY, maxX, maxY = W, H, -1, -1
	for y := range g {
		for x := range g[y] {
			if !g[y][x] {
				continue
			}
			if x < minX {
				minX = x
			}
			if x > maxX {
				maxX = x
			}
			if y < minY {
				minY = y
			}
			if y > maxY {
				maxY = y
			}
		}
	}
	return
}

func run(name string, g Grid, gens int, show map[int]bool) {
	fmt.Printf("== %s (population %d)\n", name, g.Population())
	seen := map[string]int{g.Key(): 0}
	history := []int{g.Population()}
	for gen := 1; gen <= gens; gen++ {
		g = g.Step()
		history = append(history, g.Population())
		if show[gen] {
			fmt.Printf("generation %d:\n%v\n", gen, &g)
		}
		k := g.Key()
		if prev, ok := seen[k]; ok {
			fmt.Printf("state at %d repeats %d (period %d)\n", gen, prev, gen-prev)
			break
		}
		seen[k] = gen
	}
	x0, y0, x1, y1 := bounds(&g)
	fmt.Println("populations:", history)
	fmt.Printf("final box: (%d,%d)-(%d,%d), %d distinct states\n", x0, y0, x1, y1, len(seen))
}

func main() {
	var blinker Grid
	place(&blinker, 6, 4, []string{"OOO"})
	run("blinker", blinker, 10, map[int]bool{1: true})

	var glider Grid
	place(&glider, 1, 1, []string{".O.", "..O", "OOO"})
	run("glider", glider, 45, map[int]bool{4: true})

	var rpent Grid
	place(&rpent, 7, 4, []string{".OO", "OO.", ".O."})
	run("r-pentomino", rpent, 60, map[int]bool{30: true})

	var block Grid
	place(&block, 15, 9, []string{"OO", "OO"})
	fmt.Println(block.Alive(0, 0), block.Alive(15, 9), block.Neighbors(0, 0), block.Population())
	a, b := block.Step(), block
	fmt.Println(a == b, a.Key() == b.Key())
}
