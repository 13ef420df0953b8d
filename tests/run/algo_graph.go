package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nbrs := append([]string(nil), g[n]...)
		sort.Strings(nbrs)
		for _, m := range nbrs {
			if !visited[m] {
				visited[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func (g Graph) DFS(n string, visited map[string]bool, order *[]string) {
	visited[n] = true
	*order = append(*order, n)
	nbrs := append([]string(nil), g[n]...)
	sort.Strings(nbrs)
	for _, m := range nbrs {
		if !visited[m] {
			g.DFS(m, visited, order)
		}
	}
}

func gridPath(grid []string) int {
	type pos struct{ r, c int }
	h, w := len(grid), len(grid[0])
	dist := map[pos]int{{0, 0}: 0}
	q := []pos{{0, 0}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p.r == h-1 && p.c == w-1 {
			return dist[p]
		}
		for _, d := range [4]pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pos{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= h || n.c >= w || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return -1
}

func main() {
	g := Graph{}
	for _, e := range []string{"a-b", "a-c", "b-d", "c-d", "d-e", "f-g", "e-h", "c-h"} {
		parts := strings.Split(e, "-")
		g.AddEdge(parts[0], parts[1])
	}
	fmt.Println(g.BFS("a"))
	var order []string
	g.DFS("a", map[string]bool{}, &order)
	fmt.Println(order)
	fmt.Println(g.BFS("f"))
	fmt.Println(len(g), len(g["d"]))
	grid := []string{
		"..#.......",
		".##..###..",
		"....#...#.",
		"###.#.#.#.",
		"....#.#...",
	}
	fmt.Println(gridPath(grid))
	fmt.Println(gridPath([]string{".#", "#."}))
}
