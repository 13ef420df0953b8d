package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int          { return c.n }
func (c Counter) IncCopy()            { c.n++ }
func (c *Counter) Inc()               { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }
func (c Counter) String() string      { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Celsius float64

func (c Celsius) F() float64      { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	c := Counter{name: "c"}
	c.IncCopy()
	fmt.Println(c.Value())
	c.Inc()
	c.Inc()
	fmt.Println(c.Value(), c)
	c.Add(10).Add(5).Inc()
	fmt.Println(c.n)
	p := &c
	p.IncCopy()
	p.Inc()
	fmt.Println(p.Value(), p.String(), *p)
	var t Celsius = 100
	fmt.Println(t.F())
	t.Warm(-100)
	fmt.Println(t, t.F())
	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Sum(), len(l))
	cs := []Counter{{"a", 1}, {"b", 2}}
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"k": {"k", 0}}
	m["k"].Inc()
	m["k"].Add(2)
	fmt.Println(m["k"])
	arr := [2]Counter{{"x", 0}, {"y", 0}}
	arr[1].Add(7)
	fmt.Println(arr)
}
