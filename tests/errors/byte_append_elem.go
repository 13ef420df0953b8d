package main

func main() {
	var bs []byte
	bs = append(bs, "x")
	_ = bs
}
