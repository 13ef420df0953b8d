package main

const fl = 1eÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ3

func main() { println(fl) }
