package main

type I interface{ M() }

type T struct{}

func (t *T) M() {}

func main() {
	var i I
	switch i.(type) {
	case T:
	}
}
