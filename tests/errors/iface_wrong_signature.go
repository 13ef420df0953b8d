package main

type Writer interface{ Write(p []byte) (int, error) }

type W struct{}

func (W) Write(p []byte) int { return len(p) }

func use(w Writer) {}

func main() {
	use(W{})
}
