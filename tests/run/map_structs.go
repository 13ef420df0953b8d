package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type Stats struct {
	Count int
	Total int
	Names []string
}

func main() {
	staff := []Employee{
		{"alice", "eng", 120}, {"bob", "eng", 100}, {"carol", "ops", 90},
		{"dan", "sales", 70}, {"erin", "ops", 95}, {"frank", "eng", 130},
	}
	byDept := map[string]*Stats{}
	for _, e := range staff {
		s, ok := byDept[e.Dept]
		if !ok {
			s = &Stats{}
			byDept[e.Dept] = s
		}
		s.Count++
		s.Total += e.Salary
		s.Names = append(s.Names, e.Name)
	}
	depts := make([]string, 0)
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		s := byDept[d]
		fmt.Printf("%-6s n=%d avg=%.2f %v\n", d, s.Count, float64(s.Total)/float64(s.Count), s.Names)
	}
	// map of struct values: must reassign to modify
	vals := map[string]Stats{}
	for _, e := range staff {
		s := vals[e.Dept]
		s.Count++
		s.Total += e.Salary
		vals[e.Dept] = s
	}
	fmt.Println(vals["eng"].Count, vals["ops"].Total, vals["none"].Names == nil)
	fmt.Println(vals)
	set := map[string]struct{}{}
	for _, e := range staff {
		set[e.Dept] = struct{}{}
	}
	_, hasOps := set["ops"]
	_, hasHR := set["hr"]
	fmt.Println(len(set), hasOps, hasHR)
	counts := map[string][]int{}
	counts["a"] = append(counts["a"], 1, 2)
	counts["b"] = append(counts["b"], 3)
	counts["a"] = append(counts["a"], 4)
	fmt.Println(counts, len(counts["zzz"]))
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)
}
