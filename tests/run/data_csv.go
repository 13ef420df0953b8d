package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `name,dept,salary,start
Alice,Engineering,120000,2015
Bob,Engineering,95000,2019
Carol,Marketing,70000,2018
Dan,Sales,,2020
Eve,Marketing,82000,20x1
Frank,Sales,65000,2012
Grace,Engineering,130500,2011`

type Row struct {
	Name   string
	Dept   string
	Salary int
	Start  int
}

func main() {
	lines := strings.Split(data, "\n")
	header := strings.Split(lines[0], ",")
	fmt.Println("columns:", header, len(header))
	var rows []Row
	for i, line := range lines[1:] {
		f := strings.Split(line, ",")
		if len(f) != len(header) {
			fmt.Println("bad line", i+2)
			continue
		}
		sal, err := strconv.Atoi(f[2])
		if err != nil {
			fmt.Printf("line %d: salary: %v\n", i+2, err)
			continue
		}
		start, err := strconv.Atoi(f[3])
		if err != nil {
			fmt.Printf("line %d: start: %v\n", i+2, err)
			continue
		}
		rows = append(rows, Row{f[0], f[1], sal, start})
	}
	fmt.Println(len(rows), "valid rows")
	totals := map[string]int{}
	for _, r := range rows {
		totals[r.Dept] += r.Salary
	}
	fmt.Println(totals)
	sort.Slice(rows, func(i, j int) bool { return rows[i].Start < rows[j].Start })
	fmt.Printf("%-8s|%-12s|%10s|%5s\n", "NAME", "DEPT", "SALARY", "YEAR")
	fmt.Println(strings.Repeat("-", 38))
	for _, r := range rows {
		fmt.Printf("%-8s|%-12s|%10d|%5d\n", r.Name, r.Dept, r.Salary, r.Start)
	}
	var out []string
	for _, r := range rows {
		out = append(out, strings.ToUpper(r.Name[:1])+strings.ToLower(r.Name[1:3]))
	}
	fmt.Println(strings.Join(out, ";"))
}
