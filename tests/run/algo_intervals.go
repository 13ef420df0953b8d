package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Lo, Hi int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Lo, iv.Hi) }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi {
			if iv.Hi > last.Hi {
				last.Hi = iv.Hi
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func coverage(ivs []Interval) int {
	total := 0
	for _, iv := range merge(ivs) {
		total += iv.Hi - iv.Lo
	}
	return total
}

func maxOverlap(ivs []Interval) (int, int) {
	type ev struct{ at, d int }
	var evs []ev
	for _, iv := range ivs {
		evs = append(evs, ev{iv.Lo, 1}, ev{iv.Hi, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].at != evs[j].at {
			return evs[i].at < evs[j].at
		}
		return evs[i].d < evs[j].d
	})
	cur, best, at := 0, 0, 0
	for _, e := range evs {
		cur += e.d
		if cur > best {
			best, at = cur, e.at
		}
	}
	return best, at
}

func main() {
	ivs := []Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}, {6, 7}, {11, 11}}
	fmt.Println(merge(ivs))
	fmt.Println(ivs)
	fmt.Println(coverage(ivs), coverage(nil), merge(nil) == nil)
	fmt.Println(maxOverlap(ivs))
	fmt.Println(maxOverlap([]Interval{{0, 10}, {1, 9}, {2, 8}, {3, 7}, {9, 12}}))
	fmt.Printf("%v %s %d\n", ivs[0], ivs[1], ivs[2])
}
