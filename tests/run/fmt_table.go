package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
	ok    bool
}

func main() {
	rows := []row{{"apple", 3, 0.5, true}, {"watermelon", 1, 3.25, false}, {"kiwi", 12, 0.2, true}, {"fig", 100, 0.05, true}}
	w := len("name")
	for _, r := range rows {
		if len(r.name) > w {
			w = len(r.name)
		}
	}
	fmt.Printf("%-*s | %5s | %8s | %s\n", w, "name", "qty", "price", "ok")
	fmt.Println(strings.Repeat("-", w) + "-+-------+----------+---")
	total := 0.0
	for _, r := range rows {
		sub := float64(r.qty) * r.price
		total += sub
		fmt.Printf("%-*s | %5d | %8.2f | %t\n", w, r.name, r.qty, sub, r.ok)
	}
	fmt.Printf("%*s   %8.2f\n", w+8, "total", total)
	for i := 1; i <= 4; i++ {
		fmt.Printf("[%*d] [%-*d] [%0*d]\n", i*2, i, i*2, i, i+1, i)
	}
	fmt.Printf("[%6.2f%%] [%-8s] [%8s]\n", 12.345, "left", "right")
	fmt.Printf("[%3c|%-3c] [%5t] [%x]\n", 'A', 'B', false, "hex")
	fmt.Printf("%v %v\n", fmt.Sprintf("%-4d|", 7), fmt.Sprintf("%4d|", -7))
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]s %[3]v %v\n", "rep", "unused", 3)
}
