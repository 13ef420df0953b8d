package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]bool

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(x string)      { s[x] = true }
func (s Set) Has(x string) bool { return s[x] }
func (s Set) Remove(x string)   { delete(s, x) }
func (s Set) Len() int          { return len(s) }
func (s Set) Union(o Set) Set {
	r := NewSet(s.Items()...)
	for k := range o {
		r.Add(k)
	}
	return r
}
func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Items() []string {
	out := make([]string, 1, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) String() string { return "{" + strings.Join(s.Items(), " ") + "}" }

type Counter map[rune]int

func (c Counter) Top(n int) string {
	type kv struct {
		r rune
		n int
	}
	var list []kv
	for r, n := range c {
		list = append(list, kv{r, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].r < list[j].r
	})
	var sb strings.Builder
	for i := 0; i < n && i < len(list); i++ {
		fmt.Fprintf(&sb, "%c=%d ", list[i].r, list[i].n)
	}
	return sb.String()
}

func main() {
	a := NewSet("go", "c?????????????????????????????????????", "rust", "lua")
	b := NewSet("c", "lua", "zig")
	fmt.Println(a, b, a.Len())
	fmt.Println(a.Union(b), a.Intersect(b), b.Intersect(a).Len())
	a.Remove("go")
	a.Remove("nothing")
	fmt.Println(a, a.Has("go"), a.Has("rust"))
	var nilSet Set
	fmt.Println(nilSet.Has("x"), nilSet.Len(), nilSet)
	c := Counter{}
	for _, r := range "mississippi river" {
		c[r]++
	}
	fmt.Println(c.Top(3))
	fmt.Println(c)
}
