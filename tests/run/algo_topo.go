package main

import (
	"fmt"
	"sort"
)

func topoSort(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	for n, ds := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range ds {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[n]++
		}
	}
	users := map[string][]string{}
	for n, ds := range deps {
		for _, d := range ds {
			users[d] = append(users[d], n)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		us := users[n]
		sort.Strings(us)
		for _, u := range us {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
				sort.Strings(ready)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("cycle detected: %d of %d sorted", len(order), len(indeg))
	}
	return order, nil
}

func main() {
	deps := map[string][]string{
		"app":     {"lib", "log", "config"},
		"lib":     {"runtime", "log"},
		"log":     {"runtime"},
		"config":  {"parser"},
		"parser":  {"runtime"},
		"test":    {"app"},
		"runtime": nil,
	}
	fmt.Println(topoSort(deps))
	deps["runtime"] = []string{"test"}
	fmt.Println(topoSort(deps))
	fmt.Println(topoSort(map[string][]string{}))
}
