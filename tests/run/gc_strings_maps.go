package main

import (
	"fmt"
	"strconv"
	"strings"
)

type record struct {
	key   string
	vals  []int
	attrs map[string]string
}

func main() {
	// lots of short-lived strings, slices and maps; only a few survive
	keep := map[string]*record{}
	total := 0
	for round := 0; round < 50; round++ {
		batch := make([]*record, 0, 100)
		for i := 0; i < 100; i++ {
			k := "r" + strconv.Itoa(round) + "-" + strconv.Itoa(i)
			r := &record{key: k, attrs: map[string]string{}}
			for j := 0; j < i%7; j++ {
				r.vals = append(r.vals, j*i)
				r.attrs[strings.Repeat("a", j+1)] = fmt.Sprint(j)
			}
			batch = append(batch, r)
		}
		for i, r := range batch {
			for _, v := range r.vals {
				total += v
			}
			if (round+i)%13 == 0 {
				keep[r.key] = r
			}
		}
	}
	fmt.Println(total, len(keep))
	sum := 0
	for _, r := range keep {
		sum += len(r.vals) + len(r.attrs)
	}
	fmt.Println(sum)
	s := ""
	for i := 0; i < 2000; i++ {
		s += strconv.Itoa(i % 10)
		if len(s) > 100 {
			s = s[50:]
		}
	}
	fmt.Println(len(s), s[:20])
	parts := strings.Split(strings.Repeat("x,y,z,", 3000), ",")
	fmt.Println(len(parts), parts[0], parts[len(parts)-2], parts[len(parts)-1] == "")
}
