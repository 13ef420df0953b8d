package main

const fl = 1eÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ

func main() { println(fl) }
