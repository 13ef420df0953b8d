package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Report() string { return fmt.Sprintf("%s:%d", c.name, c.n) }

type Op interface{ Apply(int) int }
type Add int
type Mul int

func (a Add) Apply(x int) int { return x + int(a) }
func (m Mul) Apply(x int) int { return x * int(m) }

func main() {
	c := Counter{name: "c"}
	inc := c.Inc       // binds &c
	report := c.Report // copies c now
	inc()
	inc()
	fmt.Println(c.n, report(), c.Report())
	p := &c
	rp := p.Report // copies *p now
	p.Inc()
	fmt.Println(rp(), p.Report())
	ops := []Op{Add(3), Mul(4), Add(-1)}
	var fns []func(int) int
	for _, o := range ops {
		fns = append(fns, o.Apply) // method value from interface
	}
	x := 1
	for _, f := range fns {
		x = f(x)
	}
	fmt.Println(x)
	counters := []*Counter{{name: "a"}, {name: "b"}}
	var incs []func()
	for _, ct := range counters {
		incs = append(incs, ct.Inc)
	}
	for i, f := range incs {
		for j := 0; j <= i; j++ {
			f()
		}
	}
	fmt.Println(counters[0].Report(), counters[1].Report())
	f := (*Counter).Inc
	f(counters[0])
	g := Counter.Report
	fmt.Println(g(*counters[0]))
	h := Op.Apply
	fmt.Println(h(Mul(5), 5), h(Add(5), 5))
}
