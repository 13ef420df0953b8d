package main

type C D
type D E
type E struct{ x C }

func main() {}
