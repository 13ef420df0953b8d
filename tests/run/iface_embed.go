package main

import (
	"fmt"
	"strings"
)

type Namer interface{ Name() string }
type Ager interface{ Age() int }
type Person interface {
	Namer
	Ager
	Greet(other Namer) string
}

type Human struct {
	name string
	age  int
}

func (h Human) Name() string { return h.name }
func (h Human) Age() int     { return h.age }
func (h Human) Greet(o Namer) string {
	return fmt.Sprintf("%s greets %s", h.name, o.Name())
}

type Robot struct{ id int }

func (r *Robot) Name() string { return fmt.Sprintf("R%03d", r.id) }

type Team struct {
	Person
	Role string
}

func oldest(ps []Person) Person {
	var best Person
	for _, p := range ps {
		if best == nil || p.Age() > best.Age() {
			best = p
		}
	}
	return best
}

func names(ns ...Namer) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Name())
	}
	return strings.Join(out, ", ")
}

func main() {
	a := Human{"Ann", 31}
	b := Human{"Bob", 45}
	r := &Robot{7}
	ps := []Person{a, b, Human{"Cy", 12}}
	fmt.Println(oldest(ps).Name())
	fmt.Println(a.Greet(r), b.Greet(a))
	fmt.Println(names(a, r, b, &Robot{42}))
	t := Team{b, "lead"}
	fmt.Println(t.Name(), t.Age(), t.Role, t.Greet(t))
	var n Namer = t
	fmt.Println(n.Name())
	var p Person = a
	n = p
	_, isAger := n.(Ager)
	_, isRobot := n.(*Robot)
	fmt.Println(isAger, isRobot)
	fmt.Printf("%v %+v\n", t, t)
}
