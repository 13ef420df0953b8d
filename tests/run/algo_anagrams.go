package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func main() {
	words := strings.Fields("listen silent enlist google inlets banana tinsel elgoog Stone tones notes onset seton cat act tac dog")
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k, g := range groups {
		if len(g) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-7s %d %v\n", k, len(groups[k]), groups[k])
	}
	fmt.Println(len(groups), "groups")
	var freq [26]int
	for _, w := range words {
		for _, c := range strings.ToLower(w) {
			freq[c-'a']++
		}
	}
	fmt.Println(freq)
}
