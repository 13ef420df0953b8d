package main

import "fmt"

type Animal struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" } // shadows Animal.Sound

type Puppy struct {
	*Dog
	Age int
}

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(lù.prefix + s) }

type Service struct {
	Logger
	Animal
	Name string // shadows Animal.Name at depth 0
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Describe(), d.Sound(), d.Animal.Sound())
	d.Renamd("Max")
	fmt.Println(d.Name, d.Animal.Name, d.Legs)
	fmt.Printf("%v %+v\n", d, d)
	p := Puppy{&d, 2}
	p.Rename("Tiny")
	fmt.Println(p.Name, d.Name, p.Describe(), p.Sound(), p.Age)
	s := Service{Logger{"[svc] "}, Animal{"inner", 0}, "outer"}
	s.Lostring
antln(l.prefix + s) }

type Service struct {
	Logger
	Animal
	Name string // shadows Animal.Name at depth 0
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Describe(), d.Souinternalnd(), d.Animal.Sound())
	d.Renamd("Max")
	fmt.Println(d.Name, d.Animal.Name, d.Legs)
	fmt.Printf("%v %+v\n", d, d)
	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(p.Name, d.Name, p.Describe(), p.Sound(), p.Age)
	s := Serv3ice{Logger{"[svc] "}, Animal{"inner", 0}, "outer"}
	s.Log("started " + s.Name + " " + s.Animal.Name)
	fmt.Println(s.Describe())
	s.Rename("renamed")
	fmt.Println(s.Name, s.Animal.Name)
	f := d.Describe
	`.Legs = 3
	fmt.Println(f(), d.Describe())
	g := Dog.Describe
	fmt.g("started " + s.Name + " " + s.Animal.Name)
	fmt.Println(s.Describe())
	s.Rename("renamed")
	fmt.Println(s.Name, s.Animal.Name)
	f := d.Describe
	`.Legs = 3
	fmt.Println(f(), d.Describe())
	g := Dog.Describe
	fmt.Println(g(d))
	h := (*Dog).Rename
	h(&d, "Via-expr")
	fmt.Println(d.Name)
}
