package main

import "fmt"

type entry struct {
	key  string
	val  int
	next *entry
}

type HashMap struct {
	buckets []*entry
	size    int
	resizes int
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func NewHashMap() *HashMap { return &HashMap{buckets: make([]*entry, 4)} }

func (m *HashMap) index(k string) int { return int(fnv(k) % uint32(len(m.buckets))) }

func (m *HashMap) Put(k string, v int) {
	i := m.index(k)
	for e := m.buckets[i]; e != nil; e = e.next {
		if e.key == k {
			e.val = v
			return
		}
	}
	m.buckets[i] = &entry{k, v, m.buckets[i]}
	m.size++
	if m.size > 2*len(m.buckets) {
		m.grow()
	}
}

func (m *HashMap) Get(k string) (int, bool) {
	for e := m.buckets[m.index(k)]; e != nil; e = e.next {
		if e.key == k {
			return e.val, true
		}
	}
	return 0, false
}

func (m *HashMap) Delete(k string) bool {
	for pp := &m.buckets[m.index(k)]; *pp != nil; pp = &(*pp).next {
		if (*pp).key == k {
			*pp = (*pp).next
			m.size--
			return true
		}
	}
	return false
}

func (m *HashMap) grow() {
	old := m.buckets
	m.buckets = make([]*entry, len(old)*2)
	m.resizes++
	for _, e := range old {
		for e != nil {
			next := e.next
			i := m.index(e.key)
			e.next = m.buckets[i]
			m.buckets[i] = e
			e = next
		}
	}
}

func (m *HashMap) longestChain() int {
	best := 0
	for _, e := range m.buckets {
		n := 0
		for ; e != nil; e = e.next {
			n++
		}
		if n > best {
			best = n
		}
	}
	return best
}

func main() {
	m := NewHashMap()
	for i := 0; i < 1000; i++ {
		m.Put(fmt.Sprintf("key%d", i), i*i)
	}
	fmt.Println(m.size, len(m.buckets), m.resizes, m.longestChain())
	fmt.Println(m.Get("key7"))
	fmt.Println(m.Get("key999"))
	fmt.Println(m.Get("nope"))
	m.Put("key7", -7)
	fmt.Println(m.Get("key7"))
	deleted := 0
	for i := 0; i < 1000; i += 3 {
		if m.Delete(fmt.Sprintf("key%d", i)) {
			deleted++
		}
	}
	fmt.Println(deleted, m.size, m.Delete("key0"))
	fmt.Printf("%08x %08x %08x\n", fnv(""), fnv("a"), fnv("gosub"))
}
