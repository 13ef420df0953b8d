package main

import (
	"fmt"
	"math"
)

type Edge struct {
	to, w int
}

func dijkstra(adj [][]Edge, src int) ([]int, []int) {
	n := len(adj)
	dist := make([]int, n)
	prev := make([]int, n)
	done := make([]bool, n)
	for i := range dist {
		dist[i] = math.MaxInt64
		prev[i] = -1
	}
	dist[src] = 0
	for {
		u := -1
		for i := 0; i < n; i++ {
			if !done[i] && dist[i] != math.MaxInt64 && (u == -1 || dist[i] < dist[u]) {
				u = i
			}
		}
		if u == -1 {
			break
		}
		done[u] = true
		for _, e := range adj[u] {
			if nd := dist[u] + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = u
			}
		}
	}
	return dist, prev
}

func path(prev []int, t int) []int {
	var p []int
	for ; t != -1; t = prev[t] {
		p = append([]int{t}, p...)
	}
	return p
}

func main() {
	adj := make([][]Edge, 7)
	add := func(a, b, w int) {
		adj[a] = append(adj[a], Edge{b, w})
		adj[b] = append(adj[b], Edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(adj, 0)
	for i, d := range dist {
		if d == math.MaxInt64 {
			fmt.Printf("%d: unreachable\n", i)
			continue
		}
		fmt.Printf("%d: %2d via %v\n", i, d, path(prev, i))
	}
	// Floyd-Warshall on the same graph
	const inf = 1 << 40
	n := len(adj)
	fw := make([][]int, n)
	for i := range fw {
		fw[i] = make([]int, n)
		for j := range fw[i] {
			if i != j {
				fw[i][j] = inf
			}
		}
		for _, e := range adj[i] {
			fw[i][e.to] = e.w
		}
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if fw[i][k]+fw[k][j] < fw[i][j] {
					fw[i][j] = fw[i][k] + fw[k][j]
				}
			}
		}
	}
	fmt.Println(fw[3][5], fw[1][4], fw[6][0] == inf)
}
