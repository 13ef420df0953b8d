package main

import "fmt"

type Base struct {
	ID   int
	tags []string
}

func (b *Base) Tag(t string)  { b.tags = append(b.tags, t) }
func (b Base) Tags() []string { return b.tags }
func (b Base) Describe() string {
	return fmt.Sprintf("#%d %v", b.ID, b.tags)
}

type Tagger interface {
	Tag(string)
	Tags() []string
}

type Doc struct {
	*Base
	Title string
}

type Note struct {
	Base
	Text string
}

func (n Note) Describe() string { return "note " + n.Base.Describe() }

func tagAll(ts []Tagger, t string) {
	for _, x := range ts {
		x.Tag(t)
	}
}

func main() {
	d := Doc{&Base{ID: 1}, "doc"}
	n := &Note{Base{ID: 2}, "text"}
	tagAll([]Tagger{d, n}, "common")
	d.Tag("doc-only")
	n.Tag("note-only")
	fmt.Println(d.Describe(), "|", n.Describe())
	fmt.Println(d.Tags(), n.Tags(), d.ID, n.ID)
	d2 := d // copies the pointer: shares Base
	d2.Tag("shared")
	d2.ID = 10
	fmt.Println(d.ID, d.Tags())
	n2 := *n // copies Base by value
	n2.ID = 20
	fmt.Println(n.ID, n2.ID)
	var t Tagger = d
	_, isDoc := t.(Doc)
	fmt.Println(isDoc)
	var empty Doc
	fmt.Println(empty.Base == nil, empty.Title == "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(empty.ID)
	}()
}
