package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }

// loggingStore embeds the interface: it overrides Set and inherits Get.
type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, v)
}

type upperStore struct{ Store }

func (u upperStore) Get(k string) (string, bool) {
	v, ok := u.Store.Get(k)
	return strings.ToUpper(v), ok
}

type countingStore struct {
	Store
	gets int
}

func (c *countingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

func fill(s Store) {
	for i, w := range []string{"alpha", "beta", "gamma"} {
		s.Set(fmt.Sprint("k", i), w)
	}
}

func main() {
	base := &mapStore{map[string]string{}}
	ls := &loggingStore{Store: base}
	cs := &countingStore{Store: upperStore{ls}}
	fill(cs)
	for _, k := range []string{"k0", "k2", "k9"} {
		v, ok := cs.Get(k)
		fmt.Printf("%s=%q %v\n", k, v, ok)
	}
	fmt.Println(ls.log, cs.gets, len(base.m))
	v, _ := ls.Get("k1")
	fmt.Println(v)
	var s Store = cs
	if c, ok := s.(*countingStore); ok {
		fmt.Println("counting store with", c.gets, "gets")
	}
	_, isUpper := cs.Store.(upperStore)
	fmt.Println(isUpper)
	var empty loggingStore
	func() {
		defer func() { fmt.Println("nil embedded interface:", recover()) }()
		empty.Get("x")
	}()
}
