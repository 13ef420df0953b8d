package main

func main() {
	_ = map[string]rune{"a": "b"}
}
