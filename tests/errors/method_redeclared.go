package main

type T struct{}

func (T) M() int { return 1 }
func (T) M() int { return 2 }

func main() {
}
