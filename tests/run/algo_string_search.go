package main

import (
	"fmt"
	"strings"
)

func kmpTable(p string) []int {
	t := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = t[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		t[i] = k
	}
	return t
}

func kmpSearch(s, p string) []int {
	if p == "" {
		return nil
	}
	t := kmpTable(p)
	var res []int
	k := 0
	for i := 0; i < len(s); i++ {
		for k > 0 && s[i] != p[k] {
			k = t[k-1]
		}
		if s[i] == p[k] {
			k++
		}
		if k == len(p) {
			res = append(res, i-len(p)+1)
			k = t[k-1]
		}
	}
	return res
}

func isPalindrome(s string) bool {
	r := []rune(strings.ToLower(s))
	var clean []rune
	for _, c := range r {
		if c >= 'a' && c <= 'z' {
			clean = append(clean, c)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func longestPalSub(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, w := range [2]int{0, 1} {
			l, r := c, c+w
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	fmt.Println(kmpTable("ababaca"), kmpTable("aaaa"))
	fmt.Println(kmpSearch("abababab", "abab"), kmpSearch("hello", "xyz"), kmpSearch("aaaaa", "aa"))
	text := "the cat sat on the mat with the hat"
	fmt.Println(kmpSearch(text, "the"), strings.Count(text, "the"), strings.Index(text, "mat"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw"} {
		fmt.Printf("%v ", isPalindrome(s))
	}
	fmt.Println()
	fmt.Println(longestPalSub("babad"), longestPalSub("cbbd"), longestPalSub("forgeeksskeegfor"))
	fmt.Println(reverse("Hello, 世界"), reverse(""), reverse("a"))
}
