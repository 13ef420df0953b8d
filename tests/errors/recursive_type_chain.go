package main

type T T

type X Y
type Y Z
type Z X

func main() {}
