package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	pairs := [][2]string{{"a", "b"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"}, {"Z", "a"}, {"é", "z"}, {"apple", "Apple"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("%q<%q:%v %q==%q:%v cmp:%d\n", p[0], p[1], p[0] < p[1], p[0], p[1], p[0] == p[1], strings.Compare(p[0], p[1]))
	}
	words := []string{"banana", "Apple", "cherry", "apple", "Banana", "éclair", "123", "_x", "zebra"}
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	fmt.Println(strings.EqualFold("ÉCLAIR", "éclair"), strings.EqualFold("straße", "STRASSE"))
	max := ""
	for _, w := range words {
		if w > max {
			max = w
		}
	}
	fmt.Println("max:", max)
	var s1, s2 string = "go", "g" + "o"
	fmt.Println(s1 == s2, s1 >= s2, s1 <= s2, s1 != s2+"!")
	b1 := []byte("abc")
	fmt.Println(string(b1) == "abc", string(b1[:2]) < "abc")
}
